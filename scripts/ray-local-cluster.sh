#!/usr/bin/env bash
# A 2-node Ray cluster on this machine (a head and a second node), for tests, benchmarks and trying
# `voc run --executor ray` without real hardware.
#
#   scripts/ray-local-cluster.sh start [DIR]        start; prints the address to pass to --address
#   scripts/ray-local-cluster.sh address [DIR]      print the address of a running cluster
#   scripts/ray-local-cluster.sh kill-worker [DIR]  SIGKILL the second node (raylet, agents, workers): a node failure
#   scripts/ray-local-cluster.sh stop [DIR]         stop both nodes (always safe to run)
#
# DIR (default /tmp/voc-ray) holds the state: pids, ports, logs and Ray's temp dirs. Keep it short: Ray's socket
# paths must stay under ~100 characters. Each node runs as `ray start --block` in its own process group, and stop /
# kill-worker signal exactly those groups, so other Ray clusters on the machine are left alone (unlike `ray stop`).
# Environment: VOC_RAY_CPUS (CPUs per node, default 1), RAY (the ray command, default: ray on PATH).
#
# Note: Ray 2.60 replaces a loopback --node-ip-address with the machine's own address (resolve_ip_for_localhost),
# so the nodes register under that address; everything still runs on this one machine.
set -euo pipefail

cmd=${1:-}
dir=${2:-/tmp/voc-ray}
ray_bin=${RAY:-ray}
cpus=${VOC_RAY_CPUS:-1}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_started() {  # LOG PID: until `ray start --block` says the runtime started (or died / 90 s passed)
  local log=$1 pid=$2 i
  for i in $(seq 180); do
    grep -q "Ray runtime started" "$log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { echo "error: ray start exited; see $log" >&2; tail -5 "$log" >&2; return 1; }
    sleep 0.5
  done
  echo "error: ray did not start within 90 s; see $log" >&2
  return 1
}

descendants() {  # PID...: those pids and all their descendants
  local p
  for p in "$@"; do
    echo "$p"
    descendants $(pgrep -P "$p" || true)
  done
}

kill_group() {  # PIDFILE: SIGKILL the process group started by this script (and Ray workers forked from it)
  local f=$1 pid pids
  [[ -f $f ]] || return 0
  pid=$(cat "$f")
  # Ray workers run in their own process groups, below the raylet: collect the whole tree before killing
  pids=$(descendants $(pgrep -g "$pid" || true) | sort -u)
  [[ -n $pids ]] && kill -KILL $pids 2>/dev/null || true
  rm -f "$f"
}

case "$cmd" in
  start)
    if [[ -f $dir/head.pid ]] && kill -0 "$(cat "$dir/head.pid")" 2>/dev/null; then
      echo "error: a cluster is already running from $dir (address $(cat "$dir/address")). Fix: $0 stop $dir" >&2
      exit 2
    fi
    mkdir -p "$dir"
    port=$(free_port)
    common=(--num-cpus="$cpus" --disable-usage-stats --node-ip-address=127.0.0.1)
    setsid "$ray_bin" start --head --block --port="$port" --include-dashboard=false \
      --ray-client-server-port="$(free_port)" --dashboard-port="$(free_port)" \
      --dashboard-agent-listen-port="$(free_port)" --temp-dir="$dir/head" "${common[@]}" \
      >"$dir/head.log" 2>&1 < /dev/null &
    echo $! >"$dir/head.pid"
    wait_started "$dir/head.log" "$(cat "$dir/head.pid")" || { kill_group "$dir/head.pid"; exit 1; }
    echo "127.0.0.1:$port" >"$dir/address"
    setsid "$ray_bin" start --block --address="127.0.0.1:$port" \
      --dashboard-agent-listen-port="$(free_port)" --temp-dir="$dir/node2" "${common[@]}" \
      >"$dir/worker.log" 2>&1 < /dev/null &
    echo $! >"$dir/worker.pid"
    wait_started "$dir/worker.log" "$(cat "$dir/worker.pid")" || { kill_group "$dir/worker.pid"; kill_group "$dir/head.pid"; exit 1; }
    cat "$dir/address"
    ;;
  address)
    cat "$dir/address"
    ;;
  kill-worker)
    kill_group "$dir/worker.pid"
    ;;
  stop)
    kill_group "$dir/worker.pid"
    kill_group "$dir/head.pid"
    rm -f "$dir/address"
    ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
