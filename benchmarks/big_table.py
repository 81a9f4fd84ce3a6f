"""A generated API table of any size, for measuring what a client costs as tables grow.

    python benchmarks/big_table.py OUT.toml [OPERATIONS] [SCHEMAS]

writes a base table (an ``[api]``, resources of 20 operations each, object schemas of eight
fields) that sentdm loads like its own: ``sentdm.register_api("big", "OUT.toml")`` then
``sentdm.Client(api="big", ...)``. Operations alternate between a paginated list, a get by id
and a create with a body; every schema but the first refers to the one before it, so models
nest.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List

OPERATIONS_PER_RESOURCE = 20


def table(operations: int = 1000, schemas: int = 500) -> str:
    """The TOML text of a table with this many operations and object schemas."""
    lines: List[str] = [
        "[api]",
        'name = "big"',
        'title = "A generated API"',
        'version = "1.0.0"',
        'base_url = "https://api.example.com"',
        'idempotency_header = "Idempotency-Key"',
        "",
        "[resources]",
    ]
    resources = (operations + OPERATIONS_PER_RESOURCE - 1) // OPERATIONS_PER_RESOURCE
    lines += [f'resource{r} = "Generated resource number {r}."' for r in range(resources)]
    for index in range(operations):
        lines += _operation(index, f"Item{index % schemas}")
    for index in range(schemas):
        lines += _schema(index)
    return "\n".join(lines) + "\n"


def _operation(index: int, schema: str) -> List[str]:
    where = f"endpoint.resource{index // OPERATIONS_PER_RESOURCE}"
    kind = index % 3
    if kind == 0:
        name = f"list_items_{index}"
        head = ['method = "GET"', f'uri = "/items{index}{{?page,pageSize}}"', "idempotent = true",
                f'response = ["{schema}"]', 'pagination = { page = "page", page_size = "pageSize" }']
        params = [("page", "query", 'type = "integer"\nminimum = 1\nrequired = true'),
                  ("pageSize", "query", 'type = "integer"\nminimum = 1\nmaximum = 100')]
    elif kind == 1:
        name = f"get_item_{index}"
        head = ['method = "GET"', f'uri = "/items{index}/{{id}}"', "idempotent = true",
                f'response = "{schema}"']
        params = [("id", "path", 'type = "string"\nformat = "uuid"\nrequired = true')]
    else:
        name = f"create_item_{index}"
        head = ['method = "POST"', f'uri = "/items{index}"', f'body = "{schema}"',
                f'response = "{schema}"']
        params = []
    lines = ["", f"[{where}.{name}]", *head,
             f'summary = "Operation {index}"',
             f'description = "What operation {index} does, in a sentence or two."',
             'errors = { 401 = "Unauthorised", 404 = "Not found" }']
    for wire, location, body in params:
        lines += ["", f"[[{where}.{name}.params]]", f'name = "{wire}"', f'in = "{location}"',
                  body, f'description = "The {wire} parameter."']
    return lines


def _schema(index: int) -> List[str]:
    lines = ["", f"[schemas.Item{index}]", f'description = "Generated object number {index}."',
             "", f"[schemas.Item{index}.fields]",
             'id = { type = "string", format = "uuid", description = "Identifier" }',
             'name = { type = "string", description = "Name" }',
             'count = { type = "integer", minimum = 0, description = "How many" }',
             'ratio = { type = "number", description = "A ratio" }',
             'active = { type = "boolean", description = "Whether it is active" }',
             'kind = { type = "string", enum = ["a", "b", "c"], description = "Its kind" }',
             'tags = { type = "array", items = "string", description = "Labels" }',
             'createdAt = { type = "string", format = "date-time", description = "Created" }']
    if index:
        lines.append(f'parent = {{ type = "Item{index - 1}", description = "Its parent" }}')
    return lines


def main() -> None:
    out = Path(sys.argv[1])
    operations = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    schemas = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    out.write_text(table(operations, schemas))


if __name__ == "__main__":
    main()
