# bash completion for annalist: commands and options, read from 'annalist --help' and
# 'annalist COMMAND --help' so they follow the binary; --format, --chart, --lanes, --undated and
# --status values; file names elsewhere. Installed as share/bash-completion/completions/annalist.
_annalist() {
  local cur prev cmd i
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  local bin="${COMP_WORDS[0]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in
      -*) ;;
      *) cmd="${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$prev" in
    --format)
      case "$cmd" in
        export) COMPREPLY=($(compgen -W "csv json jsonl timelinejs" -- "$cur")) ;;
        tag) COMPREPLY=($(compgen -W "json timeml text" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "svg png pdf dot html" -- "$cur")) ;;
      esac
      return ;;
    --chart) COMPREPLY=($(compgen -W "svg png pdf dot html" -- "$cur")); return ;;
    --lanes) COMPREPLY=($(compgen -W "auto pair actor type dyad" -- "$cur")); return ;;
    --undated) COMPREPLY=($(compgen -W "below side none" -- "$cur")); return ;;
    --status) COMPREPLY=($(compgen -W "occurred planned cancelled denied" -- "$cur")); return ;;
    --type) COMPREPLY=($(compgen -W "meeting call visit summit statement agreement" -- "$cur")); return ;;
    --data|--out) COMPREPLY=($(compgen -d -- "$cur")); return ;;
  esac
  if [ -z "$cmd" ] && [[ "$cur" != -* ]]; then
    local commands
    commands=$("$bin" --help 2>/dev/null | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && /^  [a-z]/ {print $1}')
    COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    return
  fi
  if [[ "$cur" == -* ]]; then
    local options
    # The command's own options and the global ones (--quiet, --data…), accepted after it too.
    options=$({ "$bin" $cmd --help; [ -n "$cmd" ] && "$bin" --help | sed '/^Subcommands:/,$d'; } 2>/dev/null |
      grep -oE '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' | tr -d ' ,' | sort -u)
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return
  fi
  COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _annalist annalist
