#!/usr/bin/env bash
# Runs a command (the read-aloud tests) with a private PulseAudio and speech-dispatcher, then stops both, so
# speech can be tested headless, as root, in CI: PulseAudio plays into a null sink (no sound card needed);
# without any audio server speech-dispatcher would start every text and never finish it.
# Installs nothing: packaging/setup-debian.sh test does (pulseaudio, speech-dispatcher, espeak-ng, …).
#
# Usage: tests/ui/speech-env.sh [--no-audio] COMMAND [ARGUMENT…]
#   --no-audio  start speech-dispatcher only, to test what happens when no sound comes out
set -euo pipefail

audio=yes
if [[ ${1:-} == --no-audio ]]; then
    audio=no
    shift
fi
(($# > 0)) || { echo "usage: speech-env.sh [--no-audio] COMMAND [ARGUMENT…]" >&2; exit 2; }

for tool in pulseaudio speech-dispatcher; do
    command -v "$tool" >/dev/null || { echo "speech-env: $tool is missing; run: bash packaging/setup-debian.sh test" >&2; exit 1; }
done

# Everything lives in one temporary folder: sockets, the PulseAudio cookie, configuration and logs. HOME too,
# so nothing is read from or written to the real home folder.
runtime=$(mktemp -d "${TMPDIR:-/tmp}/heupwijzer-speech.XXXXXX")
chmod 700 "$runtime"
export XDG_RUNTIME_DIR=$runtime HOME=$runtime XDG_CONFIG_HOME=$runtime/config
unset PULSE_SERVER SPEECHD_ADDRESS

pulse_pid='' speechd_pid=''

# Stops one daemon and everything it started (its own process group): TERM first, KILL if it is still there
# after 5 s (speech-dispatcher without an audio server ignores TERM).
stop_group() {
    local pid=$1
    [[ -n $pid ]] || return 0
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 -- "-$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    stop_group "$speechd_pid"
    stop_group "$pulse_pid"
    if ((status != 0)); then
        for log in "$runtime"/pulseaudio.log "$runtime"/speech-dispatcher/*.log; do
            [[ -s $log ]] && { echo "--- $log (last lines)"; tail -n 15 "$log"; }
        done >&2
    fi
    rm -rf "$runtime"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Polls for a socket for at most 10 s.
wait_for_socket() {
    for _ in $(seq 100); do
        [[ -S $1 ]] && return 0
        sleep 0.1
    done
    echo "speech-env: $2 did not start (no socket $1)" >&2
    return 1
}

# setsid: each daemon leads its own process group, so stop_group also ends what it started.
if [[ $audio == yes ]]; then
    # As root PulseAudio warns that it is meant for a user session, and works.
    setsid pulseaudio --daemonize=no --exit-idle-time=-1 --disallow-exit --disallow-module-loading -n \
        --load="module-null-sink sink_name=heupwijzer_null" --load="module-native-protocol-unix" \
        --log-target=file:"$runtime/pulseaudio.log" </dev/null >/dev/null 2>&1 &
    pulse_pid=$!
    wait_for_socket "$runtime/pulse/native" PulseAudio
fi

# Only the espeak-ng module (the Dutch voice): the others would only slow the start and clutter the logs.
cp -r /etc/speech-dispatcher "$runtime/speechd-config"
printf '%s\n' 'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"' 'DefaultModule espeak-ng' \
    'AudioOutputMethod "pulse"' >>"$runtime/speechd-config/speechd.conf"
mkdir -p "$runtime/speech-dispatcher"
# The socket where libspeechd looks by default ($XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock), so the
# client finds this daemon and does not spawn one of its own.
setsid speech-dispatcher --run-single --timeout 0 --config-dir "$runtime/speechd-config" \
    --communication-method unix_socket --socket-path "$runtime/speech-dispatcher/speechd.sock" \
    --log-dir "$runtime/speech-dispatcher" </dev/null >/dev/null 2>&1 &
speechd_pid=$!
wait_for_socket "$runtime/speech-dispatcher/speechd.sock" speech-dispatcher

# Under AddressSanitizer (the asan preset), do not check strstr()'s arguments. libspeechd splits the voice
# list (espeak-ng: 13,363 lines, 1 MB) by calling strstr(pos, "\r\n") from the start of the reply again for
# every line. Each call normally stops at the next line end, but ASan's check first measures the whole rest of
# the reply, which turns those few seconds into hours, so the engine never opens. Only this one check is off,
# and only for the read-aloud runs: memory errors and leaks are still caught. Without ASan it does nothing.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}intercept_strstr=0

# No exec: the trap must run after the command to stop the daemons. timeout keeps a hung test from keeping
# them alive; CTest's own timeout is longer.
status=0
timeout --kill-after=10 240 "$@" || status=$?
exit "$status"
