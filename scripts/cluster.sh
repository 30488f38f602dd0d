# `./run --silos N`: a cluster on this machine, as Azure runs it (dedicated silos, the API as their client, Azure
# Storage for membership, grain state and photos), with Azurite standing in for the storage account. Sourced by ./run
# after the build. Ports, each overridable: Azurite blob COOPERATION_CLUSTER_BLOB_PORT (10010) and table
# COOPERATION_CLUSTER_TABLE_PORT (10012); silo i listens on COOPERATION_CLUSTER_SILO_PORT+i (11110+i) for silos and
# COOPERATION_CLUSTER_GATEWAY_PORT+i (30000+i) for clients; the API on ASPNETCORE_URLS (http://127.0.0.1:5080).

# run_cluster N DATA: starts everything, says where each runs, waits; Ctrl-C stops the API, the silos, then Azurite.
run_cluster() {
  local count=$1 data=$2
  local blob_port=${COOPERATION_CLUSTER_BLOB_PORT:-10010} table_port=${COOPERATION_CLUSTER_TABLE_PORT:-10012}
  local silo_base=${COOPERATION_CLUSTER_SILO_PORT:-11110} gateway_base=${COOPERATION_CLUSTER_GATEWAY_PORT:-30000}
  local urls=${ASPNETCORE_URLS:-http://127.0.0.1:5080}
  local password="${COOPERATION_DEMO_PASSWORD:-solidarite-numerique}"
  CLUSTER_API_PID="" CLUSTER_PIDS=() CLUSTER_AZURITE_PIDS=()
  trap stop_cluster EXIT
  trap 'exit 130' INT TERM
  mkdir -p "$data/logs"

  local pid
  pid=$(start_azurite "$blob_port" "$data/azurite") || return 1
  CLUSTER_AZURITE_PIDS+=("$pid")
  pid=$(start_azurite_table "$table_port" "$data/azurite") || return 1
  CLUSTER_AZURITE_PIDS+=("$pid")
  say "Azurite : blob 127.0.0.1:$blob_port, table 127.0.0.1:$table_port — données / data: $data/azurite"

  # What every process of the cluster shares: the account (one connection string for blobs and the membership table)
  # and the cluster's ids. Nothing of the embedded default's local-disk store.
  local connection
  connection=$(blob_connection_string "$blob_port" "$table_port")
  export Cooperation__Storage__ConnectionString="$connection" Cooperation__Cluster__ConnectionString="$connection"
  export Cooperation__Silo__ServiceId=cooperation Cooperation__Silo__ClusterId=local
  unset Cooperation__Storage__Directory

  local i silo_port gateway_port
  for ((i = 1; i <= count; i++)); do
    silo_port=$((silo_base + i)) gateway_port=$((gateway_base + i))
    # The first silo loads the partnerships and the demo people (idempotent); the others only join.
    Cooperation__Silo__SiloPort=$silo_port Cooperation__Silo__GatewayPort=$gateway_port \
    Cooperation__Cluster__AdvertisedIPAddress=127.0.0.1 Cooperation__Dashboard__Enabled=true \
    Cooperation__Silo__SeedPartnerships=$([[ $i -eq 1 ]] && echo true || echo false) \
    Cooperation__Silo__SeedDemoPeople=$([[ $i -eq 1 ]] && echo true || echo false) Cooperation__Silo__DemoPassword="$password" \
    Logging__LogLevel__Orleans=Warning Logging__LogLevel__Polly=Warning \
      dotnet "$ROOT/silo/bin/Release/net10.0/Cooperation.Silo.dll" >"$data/logs/silo-$i.log" 2>&1 &
    CLUSTER_PIDS+=($!)
    say "Silo $i (pid $!) : silos 127.0.0.1:$silo_port, clients 127.0.0.1:$gateway_port — journal / log: $data/logs/silo-$i.log"
  done
  for ((i = 1; i <= count; i++)); do
    wait_for_port $((gateway_base + i)) 120 "Le silo $i / Silo $i" || return 1
  done

  say "Cooperation démarre sur / starts on $urls (GraphQL: ${urls%%;*}/graphql), client de $count silo(s) / client of $count silo(s) — Ctrl-C pour arrêter / to stop."
  say "Personnes de démonstration / demo people: README.md, mot de passe / password: $password"
  ASPNETCORE_URLS=$urls Cooperation__Cluster__ApiAsClient=true \
  Cooperation__Auth__SigningKeyFile="$data/signing.key" Cooperation__WebClient__Root="$ROOT/web-client" \
    dotnet "$ROOT/graphql-api/bin/Release/net10.0/Cooperation.GraphQL.dll" --contentRoot "$ROOT/graphql-api" &
  CLUSTER_API_PID=$!
  # Returns when any of them stops (Ctrl-C included); the EXIT trap stops the rest.
  wait -n "$CLUSTER_API_PID" "${CLUSTER_PIDS[@]}"
}

# The API first (it stops taking requests), then the silos together (each hands its grains back), then Azurite
# (which saves what they wrote). Each gets SIGTERM and time to finish; stop_process forces only what hangs.
stop_cluster() {
  trap - EXIT INT TERM
  local pid
  [[ -n $CLUSTER_API_PID ]] && stop_process "$CLUSTER_API_PID" 30
  for pid in "${CLUSTER_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${CLUSTER_PIDS[@]}"; do stop_process "$pid" 30; done
  for pid in "${CLUSTER_AZURITE_PIDS[@]}"; do stop_process "$pid" 30; done
  say "Grappe arrêtée / Cluster stopped."
}
