"""``sentdm campaign``: start a campaign on Celery workers, and follow it.

* ``sentdm campaign start --csv FILE --template-id ... --broker redis://...``: checks every row,
  stores the campaign in Redis and queues its chunks; prints the campaign id and counts (JSON).
  The CSV has a header row and a recipient column (``phone_number`` or ``contact_id``; ``to``
  with ``--api v3``); other columns named after a parameter of the send operation set it for
  their row, and columns named by a path into one (``template.parameters.name``) set that part.
* ``sentdm campaign status ID``: the counts (sent, failed, unknown, duplicate, pending) as JSON;
  ``--wait`` waits until every recipient is settled.
* ``sentdm campaign results ID``: each recipient's result, one JSON object per line.

Workers: ``celery -A sentdm.campaigns worker`` with the same broker (``SENTDM_BROKER_URL``) and
the API's credentials in their environment. Needs the ``[celery]`` extra.
"""

from __future__ import annotations

import argparse
import functools
import sys
from typing import Any, Dict, Optional

from .bulk_command import _read_csv, _row_values, _shared_params
from .commands import (EXIT_CONFIGURATION, EXIT_INCOMPLETE, EXIT_INVALID, EXIT_OK, EXIT_USAGE,
                       add_param_flag, cli_service, exit_codes_help, guarded, param_values,
                       write_json)
from .errors import ConfigurationError
from .campaigns.runner import recipient_operations
from .service import Service
from .spec import OperationSpec, snake_case

__all__ = ["register"]

_EPILOG = exit_codes_help(EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_CONFIGURATION)


def register(subparsers: Any) -> None:
    service = cli_service()
    recipients = recipient_operations(service.api)
    specs = [service.api.operation(key) for key in recipients.values()]
    key_param = snake_case(service.api.idempotency_header or "")
    parser = subparsers.add_parser(
        "campaign", help="send one template to a CSV of recipients on Celery workers",
        description=__doc__.split("\n\n", 1)[1].replace("``", "").replace("%", "%%"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(metavar="COMMAND")
    parser.set_defaults(func=lambda args: parser.print_help(sys.stderr) or EXIT_USAGE)
    broker = argparse.ArgumentParser(add_help=False)
    broker.add_argument("--broker", metavar="URL",
                        help="the Redis the workers use (default: $SENTDM_BROKER_URL, else "
                             "redis://127.0.0.1:6379/0)")

    start = commands.add_parser("start", parents=[broker], epilog=_EPILOG,
                                help="check a CSV of recipients and queue its chunks",
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    start.add_argument("--csv", required=True, metavar="FILE",
                       help="recipients: a CSV file with a header row and a "
                            f"{' or '.join(recipients)} column")
    shared = start.add_argument_group("message (from the endpoints table)")
    for field in _shared_params(specs, recipients):
        if field.python_name != key_param:  # a campaign makes its own keys
            add_param_flag(shared, field)  # type: ignore[arg-type]
    start.add_argument("--campaign-id", metavar="ID",
                       help="names the campaign and its idempotency keys (default: random)")
    start.add_argument("--chunk-size", type=int, default=None, metavar="N",
                       help="recipients per task (default 50)")
    start.add_argument("--rate-limit", type=float, default=None, metavar="PER_SECOND",
                       help="requests per second, all workers together, until the API's "
                            "rate-limit headers say more (default: none until they do)")
    start.set_defaults(func=guarded(functools.partial(_start, service)),
                       operation_spec=specs[0])

    status = commands.add_parser("status", parents=[broker], help="a campaign's counts (JSON)",
                                 epilog=exit_codes_help(EXIT_OK, EXIT_INVALID, EXIT_CONFIGURATION,
                                                        EXIT_INCOMPLETE),
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    status.add_argument("campaign_id", metavar="ID")
    status.add_argument("--wait", action="store_true",
                        help="wait until every recipient is settled; exit 7 unless all were sent")
    status.add_argument("--timeout", type=float, metavar="SECONDS",
                        help="with --wait: give up waiting after this long")
    status.set_defaults(func=guarded(_status))

    results = commands.add_parser("results", parents=[broker], epilog=_EPILOG,
                                  help="each recipient's result (JSON Lines)",
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    results.add_argument("campaign_id", metavar="ID")
    results.set_defaults(func=guarded(_results))


def _campaigns(args: argparse.Namespace, api: Optional[str] = None) -> Any:
    from .campaigns import Campaigns

    try:
        return Campaigns(args.broker, api=api)
    except ImportError as exc:
        raise ConfigurationError(f"sentdm campaign needs the [celery] extra ({exc})") from None


def _start(service: Service, args: argparse.Namespace) -> int:
    from pathlib import Path

    recipients = recipient_operations(service.api)
    columns, rows = _read_csv(Path(args.csv), recipients)
    recipient = next(name for name in recipients if name in columns)
    spec = service.api.operation(recipients[recipient])
    options = {name: value for name, value in (("campaign_id", args.campaign_id),
                                                 ("chunk_size", args.chunk_size),
                                                 ("rate_limit", args.rate_limit))
               if value is not None}
    status = _campaigns(args, service.name).start([_row_arguments(spec, row) for row in rows],
                                                  **param_values(spec, args), **options)
    write_json(status.to_dict())
    return EXIT_OK


def _row_arguments(spec: OperationSpec, row: Dict[str, str]) -> Dict[str, Any]:
    """A row's arguments: cells named after a parameter (converted), and cells named by a path
    into an object parameter (``template.parameters.name``), as nested mappings of text."""
    values = _row_values(spec, row)
    names = {field.python_name for field in spec.params}
    for column, text in row.items():
        path = column.split(".")
        if len(path) > 1 and path[0] in names and text:
            inner = values.setdefault(path[0], {})
            for part in path[1:-1]:
                inner = inner.setdefault(part, {})
            inner[path[-1]] = text
    return values


def _status(args: argparse.Namespace) -> int:
    campaigns = _campaigns(args)
    if not args.wait:
        write_json(campaigns.status(args.campaign_id).to_dict())
        return EXIT_OK
    status = campaigns.wait(args.campaign_id, timeout=args.timeout)
    write_json(status.to_dict())
    return EXIT_OK if status.sent + status.duplicate == status.total else EXIT_INCOMPLETE


def _results(args: argparse.Namespace) -> int:
    for result in _campaigns(args).results(args.campaign_id):
        write_json(result._asdict(), lines=True)
    return EXIT_OK
