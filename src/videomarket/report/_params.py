"""The ``parameters`` cell of a notebook, read with :mod:`ast`: each variable's default, type and comment.

A ``-p name=value`` is converted to the type of that variable's default, so ``-p include_grade_d=false``
injects the Python ``False`` (not the always-true string ``"false"``) and a value that does not convert
is rejected before any kernel starts. The rules, by default value:

========================  =====================================================================
default                   accepted ``-p`` values (canonical spelling used in the file name)
========================  =====================================================================
``True`` / ``False``      true/false, yes/no, 1/0 in any case (``True`` / ``False``)
``int``                   a whole number (``12``)
``float``                 a finite number (``0.05``)
``"2025-12-01"``          an ISO date; injected as the text ``"YYYY-MM-DD"``
``"text-to-video"``       for ``arena``, ``category``, ``quoted_category``, ``min_evidence`` and
                          ``definition``: one of the values the tables allow; else any text
``["a", "b"]``            comma-separated text (``a,b``), or a Python list of strings
``None``                  ``None``; otherwise the comment decides: a date in it (or the word
                          "date") means a date, a number means a number, else any text
anything else             a Python literal, else the text as typed (the rule before typing)
========================  =====================================================================

Example::

    >>> cell = 'top_n = 10  # places counted\\nflag = False  # show grade D'
    >>> specs = read_parameter_specs(cell)
    >>> [(s.name, s.type_text, s.comment) for s in specs]
    [('top_n', 'int', 'places counted'), ('flag', 'bool', 'show grade D')]
    >>> specs[1].convert("no")
    False
"""

from __future__ import annotations

import ast
import datetime as dt
import io
import math
import re
import tokenize
from collections.abc import Callable
from dataclasses import dataclass

NOT_A_LITERAL = object()  # the default is an expression, not a literal: any -p value is taken as before
_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_MENTION = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\bdate\b", re.IGNORECASE)
_NUMBER_MENTION = re.compile(r"(?<![\w.-])[-+]?\d+(?:\.\d+)?(?![\w-])")
#: Parameters whose value must be one of a table's allowed values (name -> attribute of data.schemas).
CHOICE_PARAMETERS = {
    "arena": "ARENAS",
    "category": "AA_POOLS",
    "quoted_category": "AA_POOLS",
    "min_evidence": "EVIDENCE_GRADES",
    "definition": "DEFINITIONS",
}


class ParameterValueError(ValueError):
    """A ``-p`` value that does not convert to the type of the parameter's default."""


@dataclass(frozen=True)
class ParameterSpec:
    """One variable of a ``parameters`` cell: name, default, the kind of values it takes, its comment."""

    name: str
    default: object
    kind: str  # a key of _CONVERTERS
    comment: str = ""
    choices: tuple[str, ...] = ()

    @property
    def type_text(self) -> str:
        """The expected type in words, as ``--list-params`` shows it and errors name it."""
        if self.kind == "choice":
            return "one of " + ", ".join(self.choices)
        return _TYPE_TEXT[self.kind]

    @property
    def default_text(self) -> str:
        return "(an expression)" if self.default is NOT_A_LITERAL else repr(self.default)

    def convert(self, text: str) -> object:
        """The Python value of ``-p name=text``; :class:`ParameterValueError` when it does not convert."""
        return _CONVERTERS[self.kind](text, self)


def canonical_text(value: object) -> str:
    """How a converted value is spelled in a report's file name and on the index.

    >>> canonical_text(False), canonical_text(0.5), canonical_text(["a", "b"]), canonical_text(None)
    ('False', '0.5', 'a,b', 'None')
    """
    if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
        return ",".join(value)
    if isinstance(value, str):
        return value
    return repr(value)


def read_parameter_specs(source: str, where: str = "parameters cell") -> list[ParameterSpec]:
    """Every variable assigned at top level of ``source``, in order (a later assignment wins)."""
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        raise ValueError(f"{where}: the parameters cell is not valid Python ({error.msg})") from error
    comments = _comments_by_line(source)
    specs: dict[str, ParameterSpec] = {}
    for node in tree.body:
        lines = range(node.lineno, (node.end_lineno or node.lineno) + 1)
        comment = " ".join(comments[line] for line in lines if line in comments)
        for name, value in _assigned(node):
            specs.pop(name, None)
            specs[name] = _spec(name, value, comment)
    return list(specs.values())


def _assigned(node: ast.stmt) -> list[tuple[str, ast.expr | None]]:
    """(name, value expression) for each plain name the statement assigns (tuples unpacked pairwise)."""
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [(node.target.id, node.value)]
    if not isinstance(node, ast.Assign):
        return []
    pairs: list[tuple[str, ast.expr | None]] = []
    for target in node.targets:
        if isinstance(target, ast.Name):
            pairs.append((target.id, node.value))
        elif isinstance(target, ast.Tuple | ast.List):
            values = node.value.elts if isinstance(node.value, ast.Tuple | ast.List) else []
            same_length = len(values) == len(target.elts)
            pairs += [
                (leaf.id, values[i] if same_length else None)
                for i, leaf in enumerate(target.elts)
                if isinstance(leaf, ast.Name)
            ]
    return pairs


def _comments_by_line(source: str) -> dict[int, str]:
    comments: dict[int, str] = {}
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                comments[token.start[0]] = token.string.lstrip("#").strip()
    except (tokenize.TokenError, IndentationError):
        pass  # ast.parse accepted the cell; a tokenizer quirk only costs the comments
    return comments


def _spec(name: str, value: ast.expr | None, comment: str) -> ParameterSpec:
    try:
        default = ast.literal_eval(value) if value is not None else NOT_A_LITERAL
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        default = NOT_A_LITERAL
    choices = _choices_for(name, default)
    if choices:
        return ParameterSpec(name, default, "choice", comment, choices)
    return ParameterSpec(name, default, _kind_of(default, comment), comment)


def _kind_of(default: object, comment: str) -> str:
    if isinstance(default, bool):
        return "bool"
    if isinstance(default, int):
        return "int"
    if isinstance(default, float):
        return "float"
    if isinstance(default, str):
        return "date" if _ISO_DATE.match(default) and _is_date(default) else "str"
    if isinstance(default, list | tuple) and all(isinstance(item, str) for item in default):
        return "list"
    if default is None:
        if _DATE_MENTION.search(comment):
            return "none-date"
        return "none-number" if _NUMBER_MENTION.search(comment) else "none-str"
    return "literal"


def _choices_for(name: str, default: object) -> tuple[str, ...]:
    """The allowed values of a well-known parameter, when its default is one of them."""
    attribute = CHOICE_PARAMETERS.get(name)
    if attribute is None or not isinstance(default, str):
        return ()
    from videomarket.data import schemas  # only when such a parameter exists: it imports pandas

    allowed: tuple[str, ...] = getattr(schemas, attribute)
    return allowed if default in allowed else ()


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _unquoted(text: str) -> str:
    """``'abc'`` or ``"abc"`` typed with its quotes (a Python string literal) -> ``abc``."""
    stripped = text.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] and stripped[0] in "'\"":
        try:
            value = ast.literal_eval(stripped)
        except (ValueError, SyntaxError):
            return text
        return value if isinstance(value, str) else text
    return text


def _reject(spec: ParameterSpec, text: str) -> ParameterValueError:
    accepted = _ACCEPTED.get(spec.kind)
    expected = f"{spec.type_text} ({accepted})" if accepted else spec.type_text
    return ParameterValueError(
        f"-p {spec.name}={text}: expected {expected}, got {text!r} (the default is {spec.default_text})"
    )


def _to_bool(text: str, spec: ParameterSpec) -> bool:
    word = _unquoted(text).strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise _reject(spec, text)


def _to_int(text: str, spec: ParameterSpec) -> int:
    try:
        return int(_unquoted(text).strip())
    except ValueError:
        raise _reject(spec, text) from None


def _to_float(text: str, spec: ParameterSpec) -> float:
    try:
        value = float(_unquoted(text).strip())
    except ValueError:
        raise _reject(spec, text) from None
    if not math.isfinite(value):
        raise _reject(spec, text)
    return value


def _to_str(text: str, spec: ParameterSpec) -> str:
    return _unquoted(text)


def _to_choice(text: str, spec: ParameterSpec) -> str:
    value = _unquoted(text).strip()
    if value not in spec.choices:
        raise _reject(spec, text)
    return value


def _to_date(text: str, spec: ParameterSpec) -> str:
    value = _unquoted(text).strip()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise _reject(spec, text) from None


def _to_list(text: str, spec: ParameterSpec) -> list[str] | tuple[str, ...]:
    stripped = text.strip()
    if stripped.startswith(("[", "(")):
        try:
            value = ast.literal_eval(stripped)
        except (ValueError, SyntaxError):
            raise _reject(spec, text) from None
        if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
            raise _reject(spec, text)
        items = list(value)
    else:
        items = [item.strip() for item in stripped.split(",") if item.strip()]
    return tuple(items) if isinstance(spec.default, tuple) else items


def _none_or(convert: Callable[[str, ParameterSpec], object]) -> Callable[[str, ParameterSpec], object]:
    def converter(text: str, spec: ParameterSpec) -> object:
        return None if text.strip() in ("None", "none") else convert(text, spec)

    return converter


def _to_number(text: str, spec: ParameterSpec) -> int | float:
    try:
        return _to_int(text, spec)
    except ParameterValueError:
        return _to_float(text, spec)


def _to_literal(text: str, spec: ParameterSpec) -> object:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return text


_CONVERTERS: dict[str, Callable[[str, ParameterSpec], object]] = {
    "bool": _to_bool,
    "int": _to_int,
    "float": _to_float,
    "str": _to_str,
    "choice": _to_choice,
    "date": _to_date,
    "list": _to_list,
    "none-date": _none_or(_to_date),
    "none-number": _none_or(_to_number),
    "none-str": _none_or(_to_str),
    "literal": _to_literal,
}
_TYPE_TEXT = {
    "bool": "bool",
    "int": "int",
    "float": "float",
    "str": "str",
    "date": "date",
    "list": "list of str",
    "none-date": "date or None",
    "none-number": "number or None",
    "none-str": "str or None",
    "literal": "Python literal or text",
}
#: What a value of each kind looks like, for error messages.
_ACCEPTED = {
    "bool": "true/false, yes/no or 1/0, in any case",
    "int": "a whole number",
    "float": "a finite number",
    "date": "YYYY-MM-DD",
    "list": "comma-separated, e.g. a,b",
    "none-date": "YYYY-MM-DD, or None",
    "none-number": "a finite number, or None",
}


def describe_parameters(specs: list[ParameterSpec]) -> list[str]:
    """One aligned line per parameter: name, type, default and the comment beside it.

    >>> for line in describe_parameters(read_parameter_specs("top_n = 10  # places counted")):
    ...     print(line)
    name   type  default  comment
    top_n  int   10       places counted
    """
    rows = [("name", "type", "default", "comment")]
    rows += [(spec.name, spec.type_text, spec.default_text, spec.comment) for spec in specs]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = []
    for row in rows:
        padded = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
        lines.append("  ".join([*padded, row[3]]).rstrip())
    return lines
