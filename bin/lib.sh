# Shared by the scripts in bin/: finds a JDK >= 21 and exports JAVA_HOME, or stops with a clear message.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'; }

pick_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  command -v java >/dev/null 2>&1 && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do [ -x "$dir/bin/javac" ] && candidates+=("$dir"); done
  local dir major
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(java_major "$dir")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ]; then
      export JAVA_HOME="$dir"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "DISCOM Care needs a JDK 21 or newer and found none (looked at JAVA_HOME, the java on PATH and /usr/lib/jvm)." >&2
  echo "Install one (for example 'apt-get install openjdk-21-jdk-headless' or Temurin 21) and run this again." >&2
  exit 1
}

# Prints a script's header comment (the lines after the #! line that start with #) as its help.
script_help() { # script
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$1"
}

# Starts ./bin/run-local in the background with the caller's environment and waits until it reports that it runs
# (building first unless the build output exists). Sets STACK_PID; stop_local_stack stops it. Returns 1 on failure.
start_local_stack() { # log file
  local log="$1" skip_build="${SKIP_BUILD:-}"
  if [ -z "$skip_build" ] && [ -f complaint-service/target/quarkus-app/quarkus-run.jar ] \
      && [ -f escalation-service/target/quarkus-app/quarkus-run.jar ] \
      && [ -f connection-service/target/quarkus-app/quarkus-run.jar ] && [ -f local-stack/target/classpath.txt ]; then
    skip_build=true
  fi
  mkdir -p "$(dirname "$log")"
  echo "Starting ./bin/run-local (SKIP_BUILD=${skip_build:-false}, output in $log)..."
  SKIP_BUILD="$skip_build" ./bin/run-local > "$log" 2>&1 &
  STACK_PID=$!
  for _ in $(seq 1 600); do
    grep -q "DISCOM Care is running." "$log" 2>/dev/null && return 0
    if ! kill -0 "$STACK_PID" 2>/dev/null; then
      echo "./bin/run-local stopped before the stack was up:" >&2
      tail -20 "$log" >&2
      STACK_PID=""
      return 1
    fi
    sleep 1
  done
  echo "The stack did not come up within 10 minutes; see $log" >&2
  return 1
}

stop_local_stack() {
  if [ -n "${STACK_PID:-}" ] && kill -0 "$STACK_PID" 2>/dev/null; then
    echo "Stopping the stack this benchmark started..."
    kill -TERM "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
  fi
  STACK_PID=""
}

# Makes sure local-stack/target/classpath.txt lists local-stack's runtime classpath (./bin/run-local writes it too):
# the benchmarks' helpers take kafka-clients, the PostgreSQL driver and Jackson from it.
ensure_local_stack_classpath() {
  [ -f local-stack/target/classpath.txt ] && return 0
  echo "Writing local-stack/target/classpath.txt..."
  # In one reactor with contracts, which then comes from contracts/target/classes, not from an installed jar.
  ./mvnw -B -q -ntp -pl contracts,local-stack compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt || { echo "Could not write local-stack/target/classpath.txt." >&2; return 1; }
}

# Runs a service's packaged jar in the foreground, as ./bin/run-local starts each one: name (its module), HTTP port,
# JDBC URL; Kafka from KAFKA_BOOTSTRAP_SERVERS; more JVM options from SERVICE_JAVA_OPTS (split at spaces). It execs,
# so `run_service ... > log 2>&1 &` leaves the service's JVM in $!.
run_service() { # name, port, jdbc url
  # shellcheck disable=SC2086
  DB_URL="$3" HTTP_PORT="$2" exec java -Ddisable-axoniq-console-message=true -Xmx512m ${SERVICE_JAVA_OPTS:-} \
    -jar "$1/target/quarkus-app/quarkus-run.jar"
}

# --- For the benchmarks: CPU accounting from /proc, in clock ticks ---------------------------------------------------
HZ="$(getconf CLK_TCK 2>/dev/null || echo 100)"
NPROC="$(nproc 2>/dev/null || echo 1)"
listener_pid() { # port -> pid of the process listening on it (needs ss and the right to see it)
  command -v ss >/dev/null 2>&1 || return 0
  { ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; } || true
}
proc_ticks() { # pid... -> utime+stime+cutime+cstime, summed
  local total=0 pid fields
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] || continue
    read -r -a fields < <(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null) || continue
    [ "${#fields[@]}" -gt 14 ] || continue
    total=$((total + fields[11] + fields[12] + fields[13] + fields[14]))
  done
  echo "$total"
}
tree_ticks() { # pid -> ticks of it and its direct children (PostgreSQL: the postmaster and its backends)
  [ -n "$1" ] || { echo 0; return; }
  # shellcheck disable=SC2046
  proc_ticks "$1" $(pgrep -P "$1" 2>/dev/null || true)
}
machine_ticks() { # busy ticks of all CPUs (user nice system irq softirq steal), then all ticks (with idle, iowait)
  awk '/^cpu / {busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6}' /proc/stat
}
machine_busy() { machine_ticks | cut -d' ' -f1; }

# --- For the benchmarks: the helpers in bench/, compiled into a directory on BENCH_TOOLS_CP -------------------------
bench_tool() { # class, arguments (the Kafka clients log through slf4j-simple, warnings only; the classpath has two)
  java -XX:+UseSerialGC -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider -Dslf4j.internal.verbosity=WARN \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$BENCH_TOOLS_CP" "$@"
}
# The load generators' sign-in (bench/RegisterComplaints.java): the realm's token endpoint (the Keycloak of
# ./bin/run-local, or OIDC_AUTH_SERVER_URL's realm) and the user, agent-0042 unless BENCH_USER (BENCH_PASSWORD, else
# the demo rule USER-demo). Sets the array BENCH_TOKEN_OPTIONS.
bench_token_options() {
  local realm="${OIDC_AUTH_SERVER_URL:-http://localhost:${LOCAL_KEYCLOAK_PORT:-8180}/realms/discom-care}"
  BENCH_TOKEN_OPTIONS=(--token-url "${realm%/}/protocol/openid-connect/token" --user "${BENCH_USER:-agent-0042}")
  if [ -n "${BENCH_PASSWORD:-}" ]; then BENCH_TOKEN_OPTIONS+=(--password "$BENCH_PASSWORD"); fi
}
result_field() { sed -nE "s/.* $1=([^ ]+).*/\1/p" <<<" $2"; } # name, "RESULT name=value ..." line -> value
