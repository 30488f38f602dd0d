#!/usr/bin/env bash
# image-rootfs.sh DIR: lays out in DIR the file system under the app of both container images, from the Debian
# packages installed on this machine: the libraries a self-contained .NET app loads on Linux, CA certificates, the
# time zones, a non-root user, /tmp. Nothing else: no shell, no package manager.
#
# The Dockerfiles' rootfs stage runs it on Debian slim (after apt-get install of these packages); scripts/images.sh
# runs it here, so that the image tested here and the one built in Azure come from one recipe.
set -euo pipefail
rootfs=${1:?usage: image-rootfs.sh DIR}

# What .NET needs on Debian (the dependencies Microsoft lists for it), as this Debian release names them: the C and
# C++ runtimes; ICU, since InvariantGlobalization is off (French collation, dates and numbers); OpenSSL, for TLS to
# Azure Storage and Entra ID; the time zones. Not zlib (the runtime carries zlib-ng since .NET 9), not Kerberos (no
# Negotiate authentication here). The API's image also carries DejaVu Sans (fonts-dejavu-core), the font of the
# council's PDF report, when its Dockerfile installed it.
arch=$(dpkg --print-architecture)
mapfile -t packages < <(dpkg-query -W -f '${binary:Package} ${Architecture} ${db:Status-Abbrev}\n' \
  libc6 libgcc-s1 'libstdc++6' 'libicu[0-9]*' 'libssl3*' tzdata fonts-dejavu-core 2>/dev/null |
  awk -v arch="$arch" '($2 == arch || $2 == "all") && $3 == "ii" { print $1 }')
for wanted in libc6 libgcc-s1 'libstdc++6' libicu libssl3 tzdata; do
  printf '%s\n' "${packages[@]}" | grep -q "^$wanted" || { echo "image-rootfs.sh: $wanted is not installed (apt-get install it)" >&2; exit 1; }
done

# Debian's merged /usr: /lib, /lib64, /bin and /sbin are links into /usr, where the packages' files land.
mkdir -p "$rootfs"/usr/{bin,lib,lib64,sbin} "$rootfs"/etc/ssl/certs "$rootfs"/usr/lib/ssl
for dir in bin lib lib64 sbin; do [[ -e $rootfs/$dir ]] || ln -s "usr/$dir" "$rootfs/$dir"; done

# The packages' files (not their documentation, manuals or translations, nor glibc's iconv modules, which .NET never
# loads), copied as they are installed here.
dpkg-query -L "${packages[@]}" |
  grep -E '^/' | grep -vE '^/usr/share/(doc|man|info|lintian|locale|bug)/|/gconv/' |
  while IFS= read -r path; do [[ -d $path ]] || printf '%s\n' "${path#/}"; done |
  tar -C / --no-recursion -cf - -T - | tar -C "$rootfs" --keep-directory-symlink -xf -

# CA certificates: the bundle update-ca-certificates made, where OpenSSL looks for it by default.
cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/"
ln -sfn /etc/ssl/certs "$rootfs/usr/lib/ssl/certs"
ln -sfn /etc/ssl/certs/ca-certificates.crt "$rootfs/usr/lib/ssl/cert.pem"

# The user the app runs as: uid and gid 1654, as in the Dockerfiles' USER (the .NET images' APP_UID), with a home of
# its own; everything else belongs to root, so the app cannot change its own files.
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\napp:x:1654:1654:app:/home/app:/usr/sbin/nologin\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\napp:x:1654:\n' >"$rootfs/etc/group"
mkdir -p "$rootfs/home/app" "$rootfs/tmp"
chmod 1777 "$rootfs/tmp"
chmod 0755 "$rootfs/home/app"
chown 1654:1654 "$rootfs/home/app" 2>/dev/null || echo "image-rootfs.sh: not root, /home/app stays owned by $(id -u)" >&2
