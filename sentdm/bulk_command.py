"""``sentdm bulk``: send one template to every recipient of a CSV file.

The CSV has a header row and a ``phone_number`` column (or ``contact_id``: that picks the
operation). Other columns named after a parameter of the operation (``template_id``,
``customer_id``) set it for their row, over the flags; any other column is carried through to the
results. The results file has one row per input row, in the same order: the input columns, then
``result`` (sent / failed / unknown / duplicate / not_sent), ``detail``, ``http_status``,
``attempts``, ``idempotency_key`` and the fields of the API's answer. The summary goes to stdout
as JSON, a progress bar to stderr.

The run is journaled (``--journal``): if it is killed, running the same command again resumes it.
Rows confirmed sent are not sent again; rows that may have been in flight are reported unknown
(``--resend-unknown`` sends them again). SIGTERM and Ctrl-C let the requests in flight finish,
then write the results.
"""

from __future__ import annotations

import argparse
import csv
import functools
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Optional, TextIO, Tuple

from .bulk import (DEFAULT_CONCURRENCY, DEFAULT_MAX_ATTEMPTS, Batch, BulkResult,
                   recipient_operations)
from .commands import (
    EXIT_CONFIGURATION,
    EXIT_INCOMPLETE,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    add_param_flag,
    cli_service,
    connection_options,
    convert,
    exit_codes_help,
    flag,
    guarded,
    make_client,
    param_values,
    write_json,
)
from .errors import APIStatusError, ValidationError
from .service import Service
from .spec import FieldSpec, OperationSpec, snake_case

__all__ = ["register"]

RESULT_COLUMNS = ("result", "detail", "http_status", "attempts", "idempotency_key")


def register(subparsers: Any) -> None:
    service = cli_service()
    recipients = recipient_operations(service.api)
    specs = [service.api.operation(key) for key in recipients.values()]
    if not specs:  # this API version (--api) declares no operation to send one by one
        return
    parser = subparsers.add_parser(
        "bulk", parents=[connection_options()], help="send one template to every number of a CSV",
        description=__doc__.split("\n\n", 1)[1].replace("``", "").replace("%", "%%"),
        epilog=exit_codes_help(EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_CONFIGURATION,
                               EXIT_INCOMPLETE, EXIT_INTERRUPTED),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", required=True, type=Path, metavar="FILE",
                        help="recipients: a CSV file with a header row and a phone_number or "
                             "contact_id column")
    shared = parser.add_argument_group("message (from the endpoints table)")
    for field in _shared_params(specs, recipients):
        if field.python_name == _key_param(service):
            field = field._replace(description=(
                "names the rows' idempotency keys: row n is sent with KEY-n (a row's own "
                "idempotency_key cell wins); refused where the API does not deduplicate by key"))
        add_param_flag(shared, field)  # type: ignore[arg-type]
    parser.add_argument("--results", type=Path, metavar="FILE",
                        help="results CSV (default: FILE.results.csv next to the input)")
    parser.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY, metavar="N",
                        help=f"requests in flight at once (default {DEFAULT_CONCURRENCY})")
    parser.add_argument("--max-attempts", type=int, default=DEFAULT_MAX_ATTEMPTS, metavar="N",
                        help="tries per recipient when the API answers 429 "
                             f"(default {DEFAULT_MAX_ATTEMPTS})")
    parser.add_argument("--batch-id", metavar="ID",
                        help="names the batch: where the API deduplicates by idempotency key, "
                             "the keys derive from it, so running the same file again with the "
                             "same id cannot send twice (default: random)")
    parser.add_argument("--journal", type=Path, metavar="FILE",
                        help="SQLite journal of the run (default: FILE.journal.sqlite next to "
                             "the input): each request is recorded before it is sent and when "
                             "its outcome is known; running again with it resumes the run, "
                             "never sending again what was sent")
    parser.add_argument("--resend-unknown", action="store_true",
                        help="on a resumed run, send again the rows that may have been sent "
                             "when the earlier run stopped (with their first idempotency key, "
                             "where the API honours keys); without it they are reported unknown")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="progress bar on stderr (default: when stderr is a terminal)")
    parser.set_defaults(func=guarded(functools.partial(_bulk, service)), operation_spec=specs[0])


def _shared_params(specs: List[OperationSpec], recipients: Dict[str, str]) -> List[FieldSpec]:
    """The parameters every recipient operation takes, apart from the recipient itself."""
    names = set.intersection(*({p.python_name for p in spec.params} for spec in specs))
    return [p for p in specs[0].params if p.python_name in names - set(recipients)]


def _bulk(service: Service, args: argparse.Namespace) -> int:
    recipients = recipient_operations(service.api)
    columns, rows = _read_csv(args.csv, recipients)
    recipient = next(name for name in recipients if name in columns)
    spec = service.api.operation(recipients[recipient])
    constants = param_values(spec, args)
    _check_required(spec, recipient, constants, columns)
    batch_key = constants.pop(_key_param(service), None)
    items = [{**constants, **_row_values(spec, row)} for row in rows]
    _idempotency_keys(service, spec, batch_key, items)
    progress = _ProgressBar(sys.stderr) if _wants_progress(args.progress) else None
    results_path = args.results or args.csv.with_name(args.csv.stem + ".results.csv")
    journal = args.journal or args.csv.with_name(args.csv.stem + ".journal.sqlite")
    interrupted = False
    with make_client(args) as client:
        batch = Batch(client, spec.key, items, batch_id=args.batch_id,
                      max_attempts=args.max_attempts, on_progress=progress, journal=journal,
                      resend_unknown=args.resend_unknown)
        try:
            summary = batch.run(args.concurrency)
        except KeyboardInterrupt:
            interrupted, summary = True, batch.summary()
    _write_results(results_path, columns, rows, summary.results, service, spec)
    write_json({**summary.to_dict(), "results_file": str(results_path),
                "journal": str(journal)})
    if interrupted:
        print("sentdm: interrupted; the results file says what was sent, and running the same "
              "command again resumes", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_INCOMPLETE if summary.failures else EXIT_OK


def _check_required(spec: OperationSpec, recipient: str, constants: Dict[str, Any],
                    columns: List[str]) -> None:
    """A required parameter given neither as a flag nor as a column would fail every row: say
    so before anything is sent."""
    missing = {p.python_name: [f"required: give {flag(p)} or a {p.python_name} column"]
               for p in spec.params if p.required and p.python_name != recipient
               and p.python_name not in constants and p.python_name not in columns}
    if missing:
        raise ValidationError(spec.key, missing)


def _idempotency_keys(service: Service, spec: OperationSpec, batch_key: Optional[str],
                      items: List[Dict[str, Any]]) -> None:
    """``--idempotency-key K`` names the batch's keys: row n is sent with ``K-n`` (a row's own
    ``idempotency_key`` cell wins); one key for every row would make a deduplicating API send
    only the first. Where the API does not deduplicate by key, any key is refused before
    anything is sent: it would promise a safety it does not give."""
    name = _key_param(service)
    if batch_key is None and not any(item.get(name) is not None for item in items):
        return
    if not spec.idempotency_honoured:
        raise ValidationError("bulk", {"--idempotency-key": [
            f"{spec.key} does not deduplicate calls by {service.api.idempotency_header} (the "
            "table says idempotency_honoured = false), so a key would not make a resend safe; "
            f"remove --idempotency-key and any {name} column"]})
    if batch_key is not None:
        for number, item in enumerate(items, 1):
            item.setdefault(name, f"{batch_key}-{number}")


def _key_param(service: Service) -> str:
    header = service.api.idempotency_header
    return snake_case(header) if header else ""


def _read_csv(path: Path, recipients: Dict[str, str]) -> Tuple[List[str], List[Dict[str, str]]]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = [name.strip() for name in reader.fieldnames or []]
            rows = [{name.strip(): (value or "").strip() for name, value in row.items() if name}
                    for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ValidationError("bulk", {"--csv": [f"cannot read {path}: {exc}"]}) from None
    if not any(name in columns for name in recipients):
        raise ValidationError("bulk", {"--csv": [
            f"{path} needs a header row with a {' or '.join(recipients)} column; "
            f"its columns are {', '.join(columns) or 'none'}"]})
    return columns, rows


def _row_values(spec: OperationSpec, row: Dict[str, str]) -> Dict[str, Any]:
    """The row's cells named after a parameter, converted; a cell that does not convert is kept
    as text, so that the table's check fails that row (and only that row) with its reason."""
    values: Dict[str, Any] = {}
    for field in spec.params:
        text = row.get(field.python_name, "")
        if text:
            try:
                values[field.python_name] = convert(field, text)
            except ValueError:
                values[field.python_name] = text
    return values


def _wants_progress(choice: Optional[bool]) -> bool:
    return sys.stderr.isatty() if choice is None else choice


def _write_results(path: Path, columns: List[str], rows: List[Dict[str, str]],
                   results: Tuple[BulkResult, ...], service: Service, spec: OperationSpec) -> None:
    answer = service.api.schemas[spec.response.schema].fields if spec.response else ()
    answer_fields = [f for f in answer if f.python_name not in columns]
    header = [*columns, *RESULT_COLUMNS, *(f.python_name for f in answer_fields)]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header, extrasaction="ignore")
        writer.writeheader()
        for row, result in zip(rows, results):
            wire = result.data.to_dict() if result.data is not None else {}
            writer.writerow({**row, **_result_cells(result),
                             **{f.python_name: wire.get(f.wire_name, "") for f in answer_fields}})


def _result_cells(result: BulkResult) -> Dict[str, Any]:
    error = result.error
    if isinstance(error, ValidationError):
        detail = "; ".join(f"{name}: {' '.join(messages)}"
                           for name, messages in sorted(error.errors.items()))
    elif result.duplicate_of is not None:
        detail = f"same request as row {result.duplicate_of + 1}: sent once"
    else:
        detail = str(error or "")
    return {"result": result.status, "detail": detail,
            "http_status": error.status_code if isinstance(error, APIStatusError) else "",
            "attempts": result.attempts, "idempotency_key": result.idempotency_key or ""}


class _ProgressBar:
    """``[#####.....]  120/300  sent 118  failed 2`` on one line of stderr, redrawn at most ten
    times a second and once at the end."""

    WIDTH = 30

    def __init__(self, stream: TextIO):
        self._stream = stream
        self._counts: Counter = Counter()
        self._drawn_at = 0.0

    def __call__(self, result: BulkResult, done: int, total: int) -> None:
        self._counts[result.status] += 1
        now = time.monotonic()
        if done < total and now - self._drawn_at < 0.1:
            return
        self._drawn_at = now
        filled = self.WIDTH * done // total
        counts = "  ".join(f"{status} {count}" for status, count in sorted(self._counts.items()))
        self._stream.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}]  {done}/{total}  "
                           f"{counts}" + ("\n" if done == total else ""))
        self._stream.flush()
