#!/usr/bin/env bash
# Installs DebtDeck under PREFIX (default /usr/local): the binary (Swift runtime linked
# statically, so it runs from anywhere), the man page, bash/zsh/fish completions and the themes.
#   ./scripts/install.sh [PREFIX]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-${PREFIX:-/usr/local}}"
swift build -c release --static-swift-stdlib >&2
bin=.build/release/debtdeck
install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/man/zh_CN/man1" "$prefix/share/debtdeck/themes" \
  "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d"
install -m 0755 "$bin" "$prefix/bin/debtdeck"
install -m 0644 docs/man/debtdeck.1 "$prefix/share/man/man1/debtdeck.1"
install -m 0644 docs/man/zh_CN/debtdeck.1 "$prefix/share/man/zh_CN/man1/debtdeck.1"
install -m 0644 themes/*.json "$prefix/share/debtdeck/themes/"
"$bin" --generate-completion-script bash >"$prefix/share/bash-completion/completions/debtdeck"
"$bin" --generate-completion-script zsh >"$prefix/share/zsh/site-functions/_debtdeck"
"$bin" --generate-completion-script fish >"$prefix/share/fish/vendor_completions.d/debtdeck.fish"
echo "Installed debtdeck in $prefix/bin (man page, completions and themes under $prefix/share)." >&2
