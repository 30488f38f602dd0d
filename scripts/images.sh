#!/usr/bin/env bash
# Builds the container images of silo/Dockerfile and graphql-api/Dockerfile here, with no Docker and no registry, as
# OCI image layouts: artifacts/images/silo and artifacts/images/api (push one with `skopeo copy oci:DIR:latest
# docker://…`). Same recipe as the Dockerfiles: a self-contained `dotnet publish` (the runtime comes from NuGet), on
# the file system scripts/image-rootfs.sh lays out from this machine's Debian packages; the image's USER, WORKDIR, ENV,
# EXPOSE and ENTRYPOINT are read from the Dockerfile's last stage. Prints each image's size (its compressed layers).
# Usage: scripts/images.sh [silo] [api]   (both when none is named)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

OUT=$ROOT/artifacts/images
install_image_tools || exit 1

# The umoci config options that give an image the last stage of DOCKERFILE's USER, WORKDIR, ENV, EXPOSE, ENTRYPOINT.
dockerfile_config() { # dockerfile
  local instruction rest value
  awk '/^FROM /{stage = ""} !/^[[:space:]]*(#|$)/{stage = stage $0 "\n"} END{printf "%s", stage}' "$1" |
    while read -r instruction rest; do
      case $instruction in
        USER) printf '%s\n' --config.user "$rest" ;;
        WORKDIR) printf '%s\n' --config.workingdir "$rest" ;;
        ENV) printf '%s\n' --config.env "$rest" ;;
        EXPOSE) for value in $rest; do printf '%s\n' --config.exposedports "$value"; done ;;
        ENTRYPOINT) jq -r '.[] | "--config.entrypoint", .' <<<"$rest" ;;
      esac
    done
}

# The compressed size of an image layout's layers, in bytes.
image_size() { # layout
  local manifest
  manifest=$(jq -r '.manifests[0].digest | sub("sha256:"; "")' "$1/index.json")
  jq '[.layers[].size] | add' "$1/blobs/sha256/$manifest"
}

build_image() { # name project dockerfile
  local name=$1 project=$2 dockerfile=$3 work=$OUT/work/$1 layout=$OUT/$1 options
  rm -rf "$work" "$layout"
  mkdir -p "$work"
  say "Image $name : publication / publishing $project (self-contained, linux-x64)…"
  # Its own build folders (--artifacts-path), so that the worktree's Debug and Release builds are left as they are.
  dotnet publish "$project" -c Release -r linux-x64 --self-contained -o "$work/app" \
    --artifacts-path "$OUT/build" --nologo -v quiet -clp:ErrorsOnly
  if [[ $name == api ]]; then
    # As graphql-api/Dockerfile's web-client stage and COPY lines: the web client built from a copy of its sources
    # (the worktree's web-client/dist, which running hosts may be serving, stays as it is), and its persisted documents.
    install_node_packages
    mkdir -p "$work/web" "$work/app/web-client"
    tar -C "$ROOT" --exclude=web-client/dist --exclude=web-client/screenshots -cf - package.json web-client | tar -C "$work/web" -xf -
    ln -s "$ROOT/node_modules" "$work/web/node_modules"
    (cd "$work/web" && npm run --silent build)
    cp -r "$work/web/web-client/dist" "$work/app/web-client/dist"
    cp web-client/persisted-documents.json "$work/app/web-client/"
  fi
  scripts/image-rootfs.sh "$work/rootfs"

  mapfile -t options < <(dockerfile_config "$dockerfile")
  # Files keep their owners (root, and the app user's home) when this runs as root; otherwise everything is root's.
  local rootless=()
  [[ $(id -u) -eq 0 ]] || rootless=(--rootless)
  umoci init --layout "$layout"
  umoci new --image "$layout:latest"
  # Two layers, as the Dockerfile's two COPY --from: Debian's libraries, then the app.
  umoci insert "${rootless[@]}" --image "$layout:latest" "$work/rootfs" /
  umoci insert "${rootless[@]}" --image "$layout:latest" "$work/app" /app
  umoci config --image "$layout:latest" "${options[@]}"
  rm -rf "$work"
  printf 'Image %s : %s (%s octets compressés / compressed bytes)\n' "$name" "$layout" "$(image_size "$layout")"
}

images=("$@")
[[ ${#images[@]} -gt 0 ]] || images=(silo api)
for image in "${images[@]}"; do
  case $image in
    silo) build_image silo silo/Cooperation.Silo.csproj silo/Dockerfile ;;
    api) build_image api graphql-api/Cooperation.GraphQL.csproj graphql-api/Dockerfile ;;
    *) say "Image inconnue / Unknown image: $image (silo, api)"; exit 1 ;;
  esac
done
