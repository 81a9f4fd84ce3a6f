"""Many recipients per request, for operations that the table declares with
``bulk = { recipients = "to", batch_size = 100, results = "recipients" }``.

:class:`RecipientsBatch` is a :class:`~sentdm.bulk.Batch` whose units are requests of up to
``batch_size`` recipients: each input (one recipient, with its arguments) is checked on its own,
so a bad number fails alone and is never sent; inputs whose other arguments are the same share
requests, in input order; the answer's ``data.<results>`` list (one entry per recipient, in the
order of the request) is handed back to each input. Results, progress and the summary are per
input, as for any batch; a request's idempotency key (where the API honours keys) is shared by
its recipients.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Mapping, Optional

from .bulk import DUPLICATE, FAILED, Batch, BulkResult, BulkSummary, Progress
from .envelope import dig
from .errors import ValidationError

__all__ = ["RecipientsBatch"]


class RecipientsBatch(Batch):
    """Send ``operation`` once per group of up to ``batch_size`` inputs (default: the table's).

    Each of ``items`` names one recipient under the operation's ``bulk.recipients`` parameter
    (a single value, or a list of one).
    """

    def __init__(self, client: Any, operation: str, items: Iterable[Mapping[str, Any]], *,
                 batch_size: Optional[int] = None, on_progress: Optional[Progress] = None,
                 **options: Any):
        op = client.service.operations[operation]
        declared = op.spec.bulk
        if declared is None or not declared.recipients:
            raise ValidationError("bulk", {"operation": [
                f"{operation} takes one recipient per request (the table declares no "
                "bulk.recipients)."]})
        size = declared.batch_size if batch_size is None else batch_size
        if not isinstance(size, int) or isinstance(size, bool) or size < 1:
            raise ValidationError("bulk", {"batch_size": ["Must be a whole number of at least 1."]})
        self._param, self._results_path = declared.recipients, declared.results
        self.inputs = [_one_recipient(dict(item), self._param) for item in items]
        self._settled: Dict[int, BulkResult] = {}
        self._members: List[List[int]] = []
        groups = self._group(op, client.check_formats, size)
        self._user_progress = on_progress
        self._reported = 0
        super().__init__(client, operation, groups, on_progress=self._progress, **options)

    def _group(self, op: Any, check_formats: bool, size: int) -> List[Dict[str, Any]]:
        """Check each input alone, then put those with the same other arguments together."""
        first_with: Dict[str, int] = {}
        open_groups: Dict[str, int] = {}
        groups: List[Dict[str, Any]] = []
        for index, item in enumerate(self.inputs):
            try:
                op.build_request(item, check_formats)
            except ValidationError as exc:
                self._settled[index] = BulkResult(index, item, FAILED, error=exc)
                continue
            identity = json.dumps(item, sort_keys=True, default=str)
            if identity in first_with:
                self._settled[index] = BulkResult(index, item, DUPLICATE,
                                                  duplicate_of=first_with[identity])
                continue
            first_with[identity] = index
            shared = json.dumps({k: v for k, v in item.items() if k != self._param},
                                sort_keys=True, default=str)
            number = open_groups.get(shared)
            if number is None or len(self._members[number]) >= size:
                number = open_groups[shared] = len(groups)
                groups.append({**item, self._param: []})
                self._members.append([])
            groups[number][self._param].extend(item[self._param])
            self._members[number].append(index)
        return groups

    def summary(self) -> BulkSummary:
        """One result per input, in input order."""
        requests = super().summary()
        results: List[Optional[BulkResult]] = [self._settled.get(i) for i in
                                               range(len(self.inputs))]
        for unit in requests.results:
            for result in self._spread(unit):
                results[result.index] = result
        return requests._replace(results=tuple(r for r in results if r is not None))

    def _begin(self) -> None:
        for result in self._settled.values():
            self._report_input(result)
        super()._begin()

    def _progress(self, unit: BulkResult, done: int, total: int) -> None:
        for result in self._spread(unit):
            self._report_input(result)

    def _report_input(self, result: BulkResult) -> None:
        self._reported += 1
        if self._user_progress is not None:
            self._user_progress(result, self._reported, len(self.inputs))

    def _spread(self, unit: BulkResult) -> List[BulkResult]:
        """A request's result as one result per recipient: each gets its own entry of the
        answer's results list where the answer has one per recipient, else the whole answer."""
        members = self._members[unit.index]
        entries = dig(unit.data, self._results_path) if unit.data is not None else None
        aligned = isinstance(entries, list) and len(entries) == len(members)
        return [unit._replace(index=index, item=self.inputs[index],
                              data=entries[position] if aligned else unit.data)
                for position, index in enumerate(members)]


def _one_recipient(item: Dict[str, Any], param: str) -> Dict[str, Any]:
    """An input's recipient as a list of one, as the operation takes recipients."""
    value = item.get(param)
    if not isinstance(value, list):
        item[param] = [value]
    elif len(value) != 1:
        raise ValidationError("bulk", {param: [
            f"Each input names one recipient; one names {len(value)}."]})
    return item

