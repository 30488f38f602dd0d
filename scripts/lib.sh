# Shared by ./run, ./test, ./bench and .ci/run: install what is missing, start Azurite, wait for ports, move an
# earlier ./run's data out of Azurite. Sourced, not executed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Azurite's well-known development account (public, documented by Microsoft; not a secret).
AZURITE_ACCOUNT_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

say() { printf '%s\n' "$*" >&2; }

require_tools() {
  command -v dotnet >/dev/null || { say "Le SDK .NET 10 est requis / The .NET 10 SDK is required (dotnet not on PATH)."; exit 1; }
  command -v node >/dev/null || { say "Node.js 20+ est requis / Node.js 20+ is required (node not on PATH)."; exit 1; }
}

# npm ci only when node_modules is missing or older than the lock file.
install_node_packages() {
  if [[ ! -x "$ROOT/node_modules/.bin/azurite-blob" || "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]]; then
    say "Installation des outils npm / Installing npm tools (azurite, graphql-http)…"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# install_debian_package PACKAGE BINARY: installs a Debian package when BINARY is missing, with apt-get as root or
# through sudo when it asks no password; otherwise one line says what to install, and it fails.
install_debian_package() {
  local package=$1 binary=$2
  [[ -e $binary ]] && return 0
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
  fi
  if [[ $sudo == none ]] || ! command -v apt-get >/dev/null; then
    say "$package manque : installez-le en root (apt-get install $package, $binary) / $package is missing: install it as root (apt-get install $package, $binary)."
    return 1
  fi
  say "Installation de $package / Installing $package (apt-get)…"
  # env after sudo: sudo would drop the variable that keeps apt-get from asking questions.
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null \
    && [[ -e $binary ]]
}

# The end-to-end stories drive Debian's chromium (playwright-core cannot download a browser here).
install_chromium() { install_debian_package chromium /usr/bin/chromium; }

# The council's PDF report is set in DejaVu Sans, read from Debian's package (PDFsharp finds no font by itself).
install_pdf_font() { install_debian_package fonts-dejavu-core /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf; }

# scripts/images.sh writes OCI image layouts with umoci (no Docker, no registry) and reads their JSON with jq.
install_image_tools() { install_debian_package umoci /usr/bin/umoci && install_debian_package jq /usr/bin/jq; }

# blob_connection_string BLOB_PORT [TABLE_PORT]: Azurite's account; with TABLE_PORT, its table service too (a cluster's
# membership, reminders).
blob_connection_string() {
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    "$AZURITE_ACCOUNT_KEY" "$1"
  [[ -n "${2:-}" ]] && printf 'TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' "$2"
  return 0
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() { # port seconds what
  local port=$1 seconds=$2 what=$3
  for ((i = 0; i < seconds * 10; i++)); do
    port_open "$port" && return 0
    sleep 0.1
  done
  say "$what ne répond pas sur le port $port / $what did not answer on port $port after ${seconds}s."
  return 1
}

# start_azurite PORT [LOCATION]: Azurite's blob service, in memory without LOCATION; prints the pid.
start_azurite() { start_azurite_service blob "$@"; }

# start_azurite_table PORT [LOCATION]: Azurite's table service (Orleans membership and reminders on a storage
# account), in memory without LOCATION; prints the pid.
start_azurite_table() { start_azurite_service table "$@"; }

start_azurite_service() { # blob|table PORT [LOCATION]
  local service=$1 port=$2 location=${3:-}
  if port_open "$port"; then
    say "Le port $port est déjà pris / Port $port is already in use (another Azurite or ./run?)."
    return 1
  fi
  local args=(--skipApiVersionCheck --disableTelemetry "--${service}Host" 127.0.0.1 "--${service}Port" "$port" --silent)
  if [[ -n "$location" ]]; then
    mkdir -p "$location"
    args+=(--location "$location")
  else
    args+=(--inMemoryPersistence)
  fi
  # In a session of its own: a Ctrl-C in the terminal must not reach it before the API has stopped writing.
  setsid "$ROOT/node_modules/.bin/azurite-$service" "${args[@]}" >/dev/null 2>&1 &
  local pid=$!
  wait_for_port "$port" 30 Azurite || { kill "$pid" 2>/dev/null; return 1; }
  echo "$pid"
}

# start_mail_catcher SMTP_PORT WEB_PORT: maildev, a local SMTP server that keeps what it receives in memory and
# shows it on a web page, both on loopback; prints the pid.
start_mail_catcher() {
  local smtp=$1 web=$2
  if port_open "$smtp" || port_open "$web"; then
    say "Le port $smtp ou $web est déjà pris / Port $smtp or $web is already in use (another ./run?)."
    return 1
  fi
  setsid "$ROOT/node_modules/.bin/maildev" --ip 127.0.0.1 --smtp "$smtp" --web-ip 127.0.0.1 --web "$web" --silent >/dev/null 2>&1 &
  local pid=$!
  wait_for_port "$web" 30 maildev || { kill "$pid" 2>/dev/null; return 1; }
  echo "$pid"
}

# stop_process PID SECONDS: one SIGTERM, then wait. Azurite answers its first signal by closing its servers
# and saving its metadata; a second signal would kill it on the spot, so it gets one, and SIGKILL only
# if it is still there after SECONDS.
stop_process() {
  local pid=$1 seconds=$2
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < seconds * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  say "Le processus $pid ne s'arrête pas ; arrêt forcé / Process $pid did not stop; killing it."
  kill -KILL "$pid" 2>/dev/null || true
}

# move_azurite_data DATA: until this version, ./run kept its data in Azurite under DATA/azurite, which loses the
# writes of its last seconds when killed. Copies it once into the local-disk store DATA/store (grain state and
# photos, same names), which checks the counts, then renames the folder DATA/azurite.moved so it is never copied
# again (delete it once satisfied). Needs the silo built (./run builds it). Nothing to do without DATA/azurite.
move_azurite_data() {
  local data=$1 port=${COOPERATION_MOVE_AZURITE_PORT:-10009}
  [[ -d "$data/azurite" ]] || return 0
  if [[ -e "$data/azurite.moved" ]]; then
    say "$data/azurite et $data/azurite.moved existent tous deux : rien n'est déplacé / both $data/azurite and $data/azurite.moved exist: nothing is moved."
    return 0
  fi
  say "Déplacement des données d'Azurite ($data/azurite) vers $data/store / Moving the data kept in Azurite ($data/azurite) into $data/store…"
  local pid status=0
  pid=$(start_azurite "$port" "$data/azurite") || return 1
  dotnet "$ROOT/silo/bin/Release/net10.0/Cooperation.Silo.dll" import-blobs \
    --from "$(blob_connection_string "$port")" --to "$data/store" || status=$?
  stop_process "$pid" 30
  if [[ $status -ne 0 ]]; then
    say "Le déplacement a échoué ; $data/azurite reste intact / The move failed; $data/azurite is left as it was."
    return 1
  fi
  mv "$data/azurite" "$data/azurite.moved"
  say "Déplacé ; l'ancienne copie reste dans $data/azurite.moved / Moved; the old copy stays in $data/azurite.moved."
}
