#!/bin/sh
# The image's entrypoint (Containerfile, compose.yaml, Procfile):
#   web        gunicorn (gunicorn.conf.py) on 0.0.0.0:$PORT (8000); migrates first only when
#              MIGRATE_ON_START is true (or 1, yes, on)
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
    case "${MIGRATE_ON_START:-false}" in
      true|True|TRUE|1|yes|on) python3 manage.py migrate --noinput ;;
    esac
    # A platform that runs images gives the port in PORT; GUNICORN_BIND wins when set.
    export GUNICORN_BIND="${GUNICORN_BIND:-0.0.0.0:${PORT:-8000}}"
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
