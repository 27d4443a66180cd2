# shellcheck shell=bash
# Shared helpers for scripts/kafka-up, kafka-down and kafka-topics (sourced, not run).
# A broker directory DIR holds: config/, data/, tls/ (generated), broker.pid, broker.log,
# bootstrap.<listener> files, scram-users and ca.pem.

KAFKA_SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

usage_error() {
    echo "$(basename "$0"): $*" >&2
    exit 2
}

kafka_libs() {
    "$KAFKA_SCRIPTS_DIR/kafka-fetch" --print-dir --quiet
}

# The pid in DIR/broker.pid when that process is alive and really is our broker
# (a recycled pid of some other program must never be signalled).
broker_pid() {
    local dir="$1" pid
    [ -f "$dir/broker.pid" ] || return 1
    pid="$(cat "$dir/broker.pid")"
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF "kafka.Kafka $dir/config/server.properties" || return 1
    echo "$pid"
}

# JVM options, one a line, naming the logging config for ROLE (broker or tools); Kafka 3.x logs
# through reload4j, 4.x through log4j2, and each reads only its own property.
kafka_log_opts() {
    echo "-Dlog4j.configuration=file:$KAFKA_SCRIPTS_DIR/lib/log4j-$1.properties"
    echo "-Dlog4j2.configurationFile=$KAFKA_SCRIPTS_DIR/lib/log4j2-$1.properties"
}

# Run a Kafka command-line tool class quickly: small heap, client JIT only.
kafka_tool() {
    local libs log_opts
    libs="$(kafka_libs)" || exit 1
    mapfile -t log_opts < <(kafka_log_opts tools)
    java -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true \
        "${log_opts[@]}" -cp "$libs/*" "$@"
}
