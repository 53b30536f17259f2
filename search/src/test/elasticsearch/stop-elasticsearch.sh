#!/usr/bin/env bash
# Stops the Elasticsearch that start-elasticsearch.sh started in WORK_DIR: TERM, then KILL after a
# grace period. A server that is already gone is not an error, so this never fails a build.
#
# usage: stop-elasticsearch.sh WORK_DIR
set -uo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 WORK_DIR" >&2
    exit 2
fi
pid_file=$1/elasticsearch.pid
grace_seconds=${ES_STOP_GRACE_SECONDS:-30}

[[ -f $pid_file ]] || exit 0
pid=$(cat "$pid_file" 2>/dev/null)
rm -f "$pid_file"
# Only a Java process is ours: after a reboot the pid may belong to something else.
if [[ ! $pid =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null \
        || ! grep -q elasticsearch "/proc/$pid/cmdline" 2>/dev/null; then
    exit 0
fi

echo "stop-elasticsearch: stopping pid $pid"
kill -TERM "$pid" 2>/dev/null
for (( waited = 0; waited < grace_seconds; waited++ )); do
    kill -0 "$pid" 2>/dev/null || { echo "stop-elasticsearch: stopped"; exit 0; }
    sleep 1
done
echo "stop-elasticsearch: still running after $grace_seconds s, killing pid $pid"
kill -KILL "$pid" 2>/dev/null
exit 0
