#!/bin/sh
# scripts/fuzz.sh [SECONDS] [TARGET...] — builds the fuzz targets of tests/fuzz with clang and
# -fsanitize=fuzzer,address,undefined in build-fuzz/ and runs each for SECONDS (default 30), one after
# the other. Targets: mosiurl pearlist iisinventory session xmlrpc package checkline reportjson verifier
# scenario paanswer httpreply (default: all). Targets that read JSON, XML-RPC or HTTP get the dictionary
# of that grammar from tests/fuzz/dict/.
# The seeds of tests/fuzz/corpus/<target>/ are copied to build-fuzz/corpus/<target>/, where the fuzzer
# adds what it finds (the source tree is never written). A crash leaves its input in
# build-fuzz/artifacts/<target>/ and the script exits 1: fix it, then add the input to
# tests/fuzz/corpus/<target>/ as a regression case (the normal suite replays that folder).
set -eu
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-30}"
[ $# -gt 0 ] && shift
TARGETS="${*:-mosiurl pearlist iisinventory session xmlrpc package checkline reportjson verifier scenario paanswer httpreply}"
BUILD_DIR="${O365_FUZZ_BUILD_DIR:-build-fuzz}"

sh scripts/deps.sh fuzz

# -gline-tables-only: sanitizer reports keep file and line, for a fraction of full -g's compile time.
# Debug's own flags are replaced (they would add full -g); asserts stay on (no NDEBUG).
FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only -O1"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=" -DBUILD_TESTING=ON -DO365_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++ "-DCMAKE_CXX_FLAGS=$FLAGS" \
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" >/dev/null
build_targets=""
for t in $TARGETS; do build_targets="$build_targets fuzz_$t"; done
# shellcheck disable=SC2086
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target $build_targets

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
status=0
for t in $TARGETS; do
    corpus="$BUILD_DIR/corpus/$t"
    artifacts="$BUILD_DIR/artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    cp -n tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
    # One dictionary per run (libFuzzer takes one): the grammar the target reads. Targets of
    # their own small grammar get none (libFuzzer refuses an empty -dict file).
    dict="$BUILD_DIR/dict-$t.dict"
    rm -f "$dict"
    case $t in
        session | reportjson | verifier | scenario) cp tests/fuzz/dict/json.dict "$dict" ;;
        xmlrpc | paanswer) cp tests/fuzz/dict/xmlrpc.dict "$dict" ;;
        httpreply) cat tests/fuzz/dict/http.dict tests/fuzz/dict/xmlrpc.dict > "$dict" ;;
    esac
    set --
    [ -s "$dict" ] && set -- -dict="$dict"
    echo "== fuzz_$t for ${SECONDS_EACH}s"
    if ! "$BUILD_DIR/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 \
        -max_len=65536 -print_final_stats=1 "$@" -artifact_prefix="$artifacts/" "$corpus"; then
        echo "fuzz_$t FAILED: input in $artifacts/" >&2
        status=1
    fi
done
exit $status
