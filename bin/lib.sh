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
      && [ -f escalation-service/target/quarkus-app/quarkus-run.jar ] && [ -f local-stack/target/classpath.txt ]; then
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
