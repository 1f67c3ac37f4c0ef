# Sourced by the bench scripts that measure CPU time from /proc.
# ticks PID... -> the user + system clock ticks those processes have used (getconf CLK_TCK a second)
ticks() {
  local sum=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && sum=$((sum + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$sum"
}
