# Installs the system packages DebtDeck needs when they are missing (Debian/Ubuntu).
install_deps() {
  local missing=()
  # tmux runs the end-to-end tests; hledger checks the journal export; strace injects the
  # fsync failures of the hostile-conditions tests; notify's end-to-end test needs notify-send
  # (libnotify-bin), a private session bus (dbus-daemon, with dbus-run-session) and
  # systemd-analyze (systemd) to check the unit files.
  for pkg in libncurses-dev tmux hledger strace libnotify-bin dbus-daemon systemd; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "== installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  fi
  # The calendar export is checked by a real iCalendar parser (Python's icalendar).
  if ! python3 -c "import icalendar" >/dev/null 2>&1; then
    echo "== installing the Python icalendar package (test helper)"
    python3 -m pip install -q --disable-pip-version-check icalendar
  fi
  # notify's end-to-end test runs a small notification server of its own (Python's dbus-next).
  if ! python3 -c "import dbus_next" >/dev/null 2>&1; then
    echo "== installing the Python dbus-next package (test helper)"
    python3 -m pip install -q --disable-pip-version-check dbus-next
  fi
}
