#!/bin/sh
# The image's entrypoint (Containerfile, compose.yaml, Procfile):
#   web        gunicorn (gunicorn.conf.py); migrates first only when MIGRATE_ON_START=true
#   migrate    apply the migrations and leave
#   scheduler  the periodic jobs, run once across every server (run_periodic_jobs --loop)
#   manage ... any manage.py command (createsuperuser, backup, restore, load_demo_content...)
#   anything else is run as given
set -eu
cd "$(dirname "$0")/.."
command="${1:-web}"
[ $# -gt 0 ] && shift
case "$command" in
  web)
    if [ "${MIGRATE_ON_START:-false}" = "true" ]; then
      python3 manage.py migrate --noinput
    fi
    exec gunicorn jumelage.wsgi "$@"
    ;;
  migrate)
    exec python3 manage.py migrate --noinput "$@"
    ;;
  scheduler)
    exec python3 manage.py run_periodic_jobs --loop "$@"
    ;;
  manage)
    exec manage "$@"
    ;;
  *)
    exec "$command" "$@"
    ;;
esac
