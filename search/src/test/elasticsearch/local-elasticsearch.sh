#!/usr/bin/env bash
# Starts or stops a local single-node Elasticsearch 8.19 for trying disan against it, the same
# server the build starts for the tests: fetched from Maven Central, bound to 127.0.0.1, no security.
#
# usage: search/src/test/elasticsearch/local-elasticsearch.sh start|stop [HTTP_PORT]
#   HTTP_PORT defaults to 9200 (transport: HTTP_PORT + 100); data, logs and the server itself live
#   under ${DISAN_DATA:-./disan-data}/elasticsearch. Then: export DISAN_ES_URL=http://127.0.0.1:9200
set -euo pipefail

version=8.19.21
script_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$script_dir/../../../.." && pwd)
work_dir=$(mkdir -p "${DISAN_DATA:-./disan-data}/elasticsearch" && cd "${DISAN_DATA:-./disan-data}/elasticsearch" && pwd)
http_port=${2:-9200}

case ${1:-} in
    start)
        if [[ ! -x $work_dir/elasticsearch-$version/bin/elasticsearch ]]; then
            mvn -q -B -N -f "$root/pom.xml" dependency:unpack \
                -Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$version:zip \
                -DoutputDirectory="$work_dir"
        fi
        ES_KEEP_DATA=1 bash "$script_dir/start-elasticsearch.sh" "$work_dir/elasticsearch-$version" "$work_dir" \
            "$http_port" "$((http_port + 100))"
        echo "export DISAN_ES_URL=http://127.0.0.1:$http_port"
        ;;
    stop)
        bash "$script_dir/stop-elasticsearch.sh" "$work_dir"
        ;;
    *)
        echo "usage: $0 start|stop [HTTP_PORT]" >&2
        exit 2
        ;;
esac
