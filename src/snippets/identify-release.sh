#!/bin/sh
# identify-release.sh: print one release id for this system, or "unknown".
#   al1 al2 al2023 al2027 rhel7 rhel8 rhel9 rhel10 centos7
#   centos-stream8 centos-stream9 centos-stream10 fedora
# Usage: sh identify-release.sh
#        OS_RELEASE_FILE=/path/to/os-release sh identify-release.sh
# The file is read as data (KEY=value lines); it is never sourced or run.

file=${OS_RELEASE_FILE:-/etc/os-release}
# The os-release standard falls back to /usr/lib/os-release.
if [ -z "${OS_RELEASE_FILE:-}" ] && [ ! -r "$file" ]; then
  file=/usr/lib/os-release
fi

id='' version_id='' name=''
if [ -r "$file" ]; then
  # "|| [ -n "$key" ]" also handles a last line without a newline.
  while IFS='=' read -r key value || [ -n "$key" ]; do
    # Remove one pair of surrounding double or single quotes.
    case $value in
      \"*\") value=${value#\"}; value=${value%\"} ;;
      \'*\') value=${value#\'}; value=${value%\'} ;;
    esac
    case $key in
      ID) id=$value ;;
      VERSION_ID) version_id=$value ;;
      NAME) name=$value ;;
    esac
  done < "$file"
fi

release=unknown
case $id in
  amzn)
    case $version_id in
      2) release=al2 ;;
      2023) release=al2023 ;;
      2027) release=al2027 ;;
      # AL1 versions are dates: 2010.11 to 2018.03.
      20[0-9][0-9].[0-9][0-9]) release=al1 ;;
    esac ;;
  rhel)
    # RHEL's VERSION_ID includes the minor release (9.6): match the major.
    case $version_id in
      7 | 7.*) release=rhel7 ;;
      8 | 8.*) release=rhel8 ;;
      9 | 9.*) release=rhel9 ;;
      10 | 10.*) release=rhel10 ;;
    esac ;;
  centos)
    # CentOS Linux and CentOS Stream share ID=centos; NAME tells them apart.
    case $version_id in
      7) release=centos7 ;;
      8) case $name in "CentOS Stream"*) release=centos-stream8 ;; esac ;;
      9) release=centos-stream9 ;;
      10) release=centos-stream10 ;;
    esac ;;
  fedora) release=fedora ;;
  # Rocky, Alma, Oracle and other rebuilds have their own ID: unknown.
esac

printf '%s\n' "$release"

# Put your own per-release commands here (keep them quiet, or drop the
# printf above if you do not need the id printed), for example:
case $release in
  al2023 | al2027) : ;; # AL2023-family commands
  rhel*) : ;;           # RHEL commands
  *) : ;;
esac

exit 0
