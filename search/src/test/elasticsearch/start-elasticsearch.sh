#!/usr/bin/env bash
# Starts a single-node Elasticsearch from an unpacked distribution, bound to 127.0.0.1, and waits
# until its cluster health is yellow or green. The build runs it before the integration tests;
# it also starts a local server for trying disan against Elasticsearch.
#
# usage: start-elasticsearch.sh ES_HOME WORK_DIR HTTP_PORT TRANSPORT_PORT
#   ES_HOME         the unpacked distribution (org.elasticsearch.distribution.integ-test-zip)
#   WORK_DIR        where data, logs, temporary files and the pid file go; old data is deleted
#                   unless ES_KEEP_DATA=1
#
# Elasticsearch refuses to run as root: run as root, the server runs as the system user
# disan-es (override with ES_RUN_AS), created when missing.
set -euo pipefail

if [[ $# -ne 4 ]]; then
    echo "usage: $0 ES_HOME WORK_DIR HTTP_PORT TRANSPORT_PORT" >&2
    exit 2
fi
es_home=$(cd "$1" && pwd)
work_dir=$(mkdir -p "$2" && cd "$2" && pwd)
http_port=$3
transport_port=$4
# Usually 15-40 s; on a busy two-core machine it has taken over 70 s.
startup_seconds=${ES_STARTUP_SECONDS:-180}
run_as=${ES_RUN_AS:-disan-es}
script_dir=$(cd "$(dirname "$0")" && pwd)

pid_file=$work_dir/elasticsearch.pid
data_dir=$work_dir/data
logs_dir=$work_dir/logs
tmp_dir=$work_dir/tmp
url=http://127.0.0.1:$http_port

fail() {
    echo "start-elasticsearch: $*" >&2
    for log in "$logs_dir"/disan-test.log "$logs_dir"/*.out; do
        [[ -f $log ]] && { echo "----- last lines of $log" >&2; tail -n 60 "$log" >&2; }
    done
    bash "$script_dir/stop-elasticsearch.sh" "$work_dir" >&2 || true
    exit 1
}

# The Java that runs Maven (JAVA_HOME), else the one on PATH; ES_JAVA_HOME wins when set.
find_java_home() {
    if [[ -n ${ES_JAVA_HOME:-} ]]; then
        echo "$ES_JAVA_HOME"
    elif [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
        echo "$JAVA_HOME"
    else
        local java
        java=$(readlink -f "$(command -v java)") || return 1
        dirname "$(dirname "$java")"
    fi
}
java_home=$(find_java_home) || fail "no Java found: set JAVA_HOME or put java on PATH"
[[ -x $java_home/bin/java ]] || fail "no java executable in $java_home/bin"
[[ -x $es_home/bin/elasticsearch ]] || fail "no Elasticsearch distribution in $es_home"

# A server left over from an earlier run (killed build, stale pid file) would hold the data folder.
bash "$script_dir/stop-elasticsearch.sh" "$work_dir"
# The tests start from an empty server; ES_KEEP_DATA=1 keeps the indexes of a server for trying.
if [[ ${ES_KEEP_DATA:-0} != 1 ]]; then
    rm -rf "$data_dir"
fi
rm -rf "$logs_dir" "$tmp_dir"
mkdir -p "$data_dir" "$logs_dir" "$tmp_dir"

settings=(
    -E cluster.name=disan-test
    -E node.name=disan-test-node
    -E discovery.type=single-node
    -E network.host=127.0.0.1
    -E http.port="$http_port"
    -E transport.port="$transport_port"
    -E path.data="$data_dir"
    -E path.logs="$logs_dir"
    -E xpack.security.enabled=false
    -E cluster.routing.allocation.disk.threshold_enabled=false
    -E action.destructive_requires_name=true
)
# Machine learning is not part of every distribution; the setting is unknown where it is absent.
if [[ -d $es_home/modules/x-pack-ml ]]; then
    settings+=(-E xpack.ml.enabled=false)
fi

# A checkout under a private folder (/root/...) is out of the unprivileged user's reach: run a
# copy of the distribution from a folder of its own under /tmp, and leave a link to the pid file
# where stop-elasticsearch.sh looks for it.
relocate_for_unprivileged_user() {
    local runtime
    runtime=/tmp/disan-es-$(printf '%s' "$work_dir" | sha1sum | cut -c1-12)
    echo "start-elasticsearch: $run_as cannot reach $work_dir; running a copy from $runtime"
    rm -rf "$runtime/home" "$runtime/logs" "$runtime/tmp"
    if [[ ${ES_KEEP_DATA:-0} != 1 ]]; then
        rm -rf "$runtime/data"
    fi
    mkdir -p "$runtime"
    cp -a "$es_home" "$runtime/home"
    mkdir -p "$runtime/data" "$runtime/logs" "$runtime/tmp"
    chown -R "$run_as": "$runtime"
    es_home=$runtime/home
    data_dir=$runtime/data
    logs_dir=$runtime/logs
    tmp_dir=$runtime/tmp
    ln -sfn "$runtime/elasticsearch.pid" "$pid_file"
    rm -rf "$work_dir/logs"
    ln -sfn "$logs_dir" "$work_dir/logs"
    settings=("${settings[@]/#path.data=*/path.data=$data_dir}")
    settings=("${settings[@]/#path.logs=*/path.logs=$logs_dir}")
    environment=("${environment[@]/#ES_TMPDIR=*/ES_TMPDIR=$tmp_dir}")
    launch=("$es_home/bin/elasticsearch" -d -p "$runtime/elasticsearch.pid" "${settings[@]}")
}

environment=(
    ES_JAVA_HOME="$java_home"
    ES_JAVA_OPTS="${ES_JAVA_OPTS:--Xms512m -Xmx512m}"
    ES_TMPDIR="$tmp_dir"
)
launch=("$es_home/bin/elasticsearch" -d -p "$pid_file" "${settings[@]}")

if [[ $(id -u) -eq 0 ]]; then
    if ! id "$run_as" >/dev/null 2>&1; then
        useradd --system --no-create-home --user-group --shell /usr/sbin/nologin "$run_as" \
            || fail "cannot create the system user $run_as"
    fi
    # The server writes its keystore into config/ and its GC log into the working directory.
    chown -R "$run_as": "$es_home" "$work_dir"
    if ! runuser -u "$run_as" -- test -w "$work_dir" -a -x "$es_home/bin/elasticsearch"; then
        relocate_for_unprivileged_user
    fi
    launch=(runuser -u "$run_as" -- env "${environment[@]}" "${launch[@]}")
else
    launch=(env "${environment[@]}" "${launch[@]}")
fi

started=$(date +%s)
echo "start-elasticsearch: starting $es_home on $url (data in $data_dir)"
(cd "$logs_dir" && "${launch[@]}" >"$logs_dir/launcher.out" 2>&1) \
    || fail "the Elasticsearch launcher exited with an error"

health=""
while (( $(date +%s) - started < startup_seconds )); do
    if [[ -f $pid_file ]] && ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
        fail "Elasticsearch exited during start-up"
    fi
    health=$(curl -s --max-time 5 "$url/_cluster/health?wait_for_status=yellow&timeout=2s" || true)
    if [[ $health == *'"status":"green"'* || $health == *'"status":"yellow"'* ]]; then
        echo "start-elasticsearch: up on $url after $(( $(date +%s) - started )) s (pid $(cat "$pid_file"))"
        exit 0
    fi
    sleep 1
done
fail "no yellow or green cluster health from $url within $startup_seconds s (last answer: ${health:-none})"
