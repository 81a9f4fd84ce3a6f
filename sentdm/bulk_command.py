"""``sentdm bulk``: send one message to every recipient of a CSV file.

The CSV (a file, or ``-`` for stdin) has a header row and a column named after the recipient
parameter of an operation the table declares with ``bulk``: ``phone_number`` or ``contact_id``
in v1.1 (one request each), ``to`` in v3 (many recipients per request, ``--batch-size`` at a
time); the column picks the operation. The message itself comes from the operation's flags
(v1.1 ``--template-id``, v3 ``--template '{"id": ...}'``). Other columns named after a
parameter of the operation set it for their row, over the flags; any other column is carried
through to the results. The results file has one row per input row, in the same order: the input
columns, then ``result`` (sent / failed / unknown / duplicate / not_sent), ``detail``,
``http_status``, ``attempts``, ``idempotency_key`` and the fields of the API's answer for that
recipient. The summary goes to stdout as JSON, a progress bar to stderr.

The run is journaled (``--journal``): if it is killed, running the same command again resumes it.
Rows confirmed sent are not sent again; rows that may have been in flight are reported unknown
(``--resend-unknown`` sends them again). SIGTERM and Ctrl-C let the requests in flight finish,
then write the results.
"""

from __future__ import annotations

import argparse
import csv
import functools
import io
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Optional, TextIO, Tuple

from .bulk import (DEFAULT_CONCURRENCY, DEFAULT_MAX_ATTEMPTS, BulkResult, operation_batch,
                   recipient_lists)
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
from .spec import ApiSpec, FieldSpec, OperationSpec, snake_case

__all__ = ["register"]

RESULT_COLUMNS = ("result", "detail", "http_status", "attempts", "idempotency_key")


def register(subparsers: Any) -> None:
    service = cli_service()
    recipients = recipient_columns(service.api)
    specs = [service.api.operation(key) for key in recipients.values()]
    if not specs:  # this API version (--api) declares no bulk operation
        return
    parser = subparsers.add_parser(
        "bulk", parents=[connection_options()], help="send one message to every recipient of a CSV",
        description=__doc__.split("\n\n", 1)[1].replace("``", "").replace("%", "%%"),
        epilog=exit_codes_help(EXIT_OK, EXIT_USAGE, EXIT_INVALID, EXIT_CONFIGURATION,
                               EXIT_INCOMPLETE, EXIT_INTERRUPTED),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", required=True, type=Path, metavar="FILE",
                        help=f"recipients: a CSV file (- for stdin) with a header row and a "
                             f"{' or '.join(recipients)} column")
    shared = parser.add_argument_group("message (from the endpoints table)")
    for field in _shared_params(specs, recipients):
        if field.python_name == _key_param(service):
            field = field._replace(description=(
                "names the requests' idempotency keys: request n is sent with KEY-n (a "
                "row's own idempotency_key cell wins), so running the same command again "
                "reuses them; refused where the API does not deduplicate by key"))
        add_param_flag(shared, field)  # type: ignore[arg-type]
    parser.add_argument("--results", type=Path, metavar="FILE",
                        help="results CSV (default: FILE.results.csv next to the input)")
    batch_sizes = sorted({spec.bulk.batch_size for spec in specs
                          if spec.bulk is not None and spec.bulk.recipients})
    if batch_sizes:
        parser.add_argument("--batch-size", type=int, metavar="N",
                            help="recipients per request (default: the table's, "
                                 f"{' or '.join(map(str, batch_sizes))})")
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


def recipient_columns(api: ApiSpec) -> Dict[str, str]:
    """``{CSV column: operation key}``: a column per recipient parameter that the table declares
    with ``bulk`` (``recipient`` or ``recipients``)."""
    return {param: key for key, param in recipient_lists(api).values()}


def _shared_params(specs: List[OperationSpec], recipients: Dict[str, str]) -> List[FieldSpec]:
    """The parameters every recipient operation takes, apart from the recipient itself."""
    names = set.intersection(*({p.python_name for p in spec.params} for spec in specs))
    return [p for p in specs[0].params if p.python_name in names - set(recipients)]


def _bulk(service: Service, args: argparse.Namespace) -> int:
    recipients = recipient_columns(service.api)
    stdin = str(args.csv) == "-"
    if stdin and (args.results is None or args.journal is None):
        raise ValidationError("bulk", {"--csv": [
            "reading recipients from stdin (-): give --results and --journal too"]})
    columns, rows = _read_csv(args.csv, recipients)
    recipient = next(name for name in recipients if name in columns)
    spec = service.api.operation(recipients[recipient])
    constants = param_values(spec, args)
    _check_required(spec, recipient, constants, columns)
    batch_key = constants.pop(_key_param(service), None)
    items = [{**constants, **_row_values(spec, row)} for row in rows]
    _check_idempotency_keys(service, spec, batch_key, items)
    progress = _ProgressBar(sys.stderr) if _wants_progress(args.progress) else None
    results_path = args.results or args.csv.with_name(args.csv.stem + ".results.csv")
    journal = args.journal or args.csv.with_name(args.csv.stem + ".journal.sqlite")
    batch_size = getattr(args, "batch_size", None)
    interrupted = False
    with make_client(args) as client:
        batch = operation_batch(client, spec.key, items, batch_id=args.batch_id,
                                max_attempts=args.max_attempts, on_progress=progress,
                                journal=journal, resend_unknown=args.resend_unknown,
                                idempotency_key=batch_key,
                                **({} if batch_size is None else {"batch_size": batch_size}))
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


def _check_idempotency_keys(service: Service, spec: OperationSpec, batch_key: Optional[str],
                            items: List[Dict[str, Any]]) -> None:
    """``--idempotency-key K`` names the batch's keys (request n is sent with ``K-n``, a row's
    own ``idempotency_key`` cell wins; see :class:`sentdm.bulk.Batch`). Where the API does not
    deduplicate by key, any key is refused before anything is sent: it would promise a safety
    it does not give."""
    name = _key_param(service)
    if batch_key is None and not any(item.get(name) is not None for item in items):
        return
    if not spec.idempotency_honoured:
        raise ValidationError("bulk", {"--idempotency-key": [
            f"{spec.key} does not deduplicate calls by {service.api.idempotency_header} (the "
            "table says idempotency_honoured = false), so a key would not make a resend safe; "
            f"remove --idempotency-key and any {name} column"]})


def _key_param(service: Service) -> str:
    header = service.api.idempotency_header
    return snake_case(header) if header else ""


def _read_csv(path: Path, recipients: Dict[str, str]) -> Tuple[List[str], List[Dict[str, str]]]:
    try:
        with (io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline="")
              if str(path) == "-" else open(path, newline="", encoding="utf-8-sig")) as handle:
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
    answer = _recipient_answer(service.api, spec)
    answer_fields = [f for f in (service.api.schemas[answer].fields if answer else ())
                     if f.python_name not in columns]
    header = [*columns, *RESULT_COLUMNS, *(f.python_name for f in answer_fields)]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header, extrasaction="ignore")
        writer.writeheader()
        for row, result in zip(rows, results):
            wire = result.data.to_dict() if result.data is not None else {}
            writer.writerow({**row, **_result_cells(result),
                             **{f.python_name: wire.get(f.wire_name, "") for f in answer_fields}})


def _recipient_answer(api: ApiSpec, spec: OperationSpec) -> Optional[str]:
    """The schema of one recipient's answer: the response's, or where the table declares
    ``bulk.results`` the schema of that list's entries (a wire-name path into the response)."""
    name = spec.response.schema if spec.response else None
    results = spec.bulk.results if spec.bulk is not None else None
    for part in results.split(".") if results else ():
        schema = api.schemas.get(name or "")
        field = next((f for f in schema.fields if f.wire_name == part), None) if schema else None
        name = (field.items if field.type == "array" else field.type) if field else None
    return name if name in api.schemas else None


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
