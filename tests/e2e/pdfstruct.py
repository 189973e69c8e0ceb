"""Reading a tagged PDF back for the structure tests: the objects (qpdf --json, streams
decoded), the marked content of each page's content stream, the structure tree with its
element types and attributes, and the text per structure element as poppler reads it
(pdfinfo -struct-text)."""
import base64
import functools
import json
import re
import subprocess


def qpdf_objects(pdf):
    """Every object of pdf by its reference ("12 0 R", "trailer"), streams decoded."""
    out = subprocess.run(["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline",
                          "--decode-level=generalized", pdf],
                         capture_output=True, text=True, check=True).stdout
    objects = {}
    for key, v in json.loads(out)["qpdf"][1].items():
        ref = key[4:] if key.startswith("obj:") else key
        if "stream" in v:
            data = v["stream"].get("data")
            objects[ref] = {"dict": v["stream"]["dict"],
                            "data": base64.b64decode(data) if data is not None else b""}
        else:
            objects[ref] = v.get("value")
    return objects


def is_ref(v):
    return isinstance(v, str) and re.fullmatch(r"\d+ \d+ R", v) is not None


def deref(objects, v):
    while is_ref(v):
        v = objects[v]
    return v


def as_dict(objects, v):
    v = deref(objects, v)
    return v["dict"] if isinstance(v, dict) and "dict" in v else v


def as_list(objects, v):
    v = deref(objects, v)
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def text_string(v):
    """A PDF text string from qpdf's JSON ("u:..." or "b:..." hex)."""
    if not isinstance(v, str):
        return ""
    if v.startswith("u:"):
        return v[2:]
    if v.startswith("b:"):
        raw = bytes.fromhex(v[2:])
        return raw[2:].decode("utf-16-be") if raw[:2] == b"\xfe\xff" else raw.decode("latin-1")
    return v


# --- content streams --------------------------------------------------------------------

_TOKEN = re.compile(rb"""
    (?P<ws>[\x00\t\n\x0c\r ]+|%[^\r\n]*)
  | (?P<str>\()
  | (?P<hex><[0-9A-Fa-f\s]*>)
  | (?P<dopen><<) | (?P<dclose>>>)
  | (?P<aopen>\[) | (?P<aclose>\])
  | (?P<name>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)
  | (?P<num>[+-]?(?:\d+\.?\d*|\.\d+))
  | (?P<op>[^\x00\t\n\x0c\r ()<>\[\]{}/%]+)
""", re.X)


def _literal(data, i):
    """The end of the literal string whose '(' is at data[i-1]."""
    depth = 1
    while depth:
        c = data[i]
        if c == 0x5C:  # backslash
            i += 2
            continue
        depth += c == 0x28
        depth -= c == 0x29
        i += 1
    return i


def content_ops(data):
    """(operator, operands) of a content stream; operands as raw tokens, dictionaries as
    one token (their raw text)."""
    ops, operands, i, nest, start = [], [], 0, 0, 0
    while i < len(data):
        m = _TOKEN.match(data, i)
        if not m:
            raise ValueError(f"content stream: cannot read at {i}: {data[i:i + 20]!r}")
        kind = m.lastgroup
        end = _literal(data, m.end()) if kind == "str" else m.end()
        tok = data[i:end]
        i = end
        if kind == "ws":
            continue
        if kind in ("dopen", "aopen"):
            if nest == 0:
                start = m.start()
            nest += 1
            continue
        if kind in ("dclose", "aclose"):
            nest -= 1
            if nest == 0:
                operands.append(data[start:end])
            continue
        if nest:
            continue
        if kind == "op" and tok not in (b"true", b"false", b"null"):
            if tok == b"BI":  # inline image: skip to EI
                j = data.index(b"EI", i)
                i = j + 2
                operands = []
                continue
            ops.append((tok.decode("latin-1"), operands))
            operands = []
        else:
            operands.append(tok)
    return ops


TEXT_OPS = {"Tj", "TJ", "'", '"'}
PAINT_OPS = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh"}


def page_marks(data):
    """For each text-showing and painting operator of a page: (operator, stack), the
    stack the marked-content sequences around it, outermost first, each as
    ("Artifact", None) or (tag, mcid or None)."""
    found, stack = [], []
    for op, args in content_ops(data):
        if op in ("BDC", "BMC"):
            tag = args[0].decode("latin-1").lstrip("/") if args else "?"
            mcid = None
            if op == "BDC" and len(args) > 1:
                m = re.search(rb"/MCID\s+(\d+)", args[1])
                mcid = int(m.group(1)) if m else None
            stack.append((tag, mcid, args[1] if op == "BDC" and len(args) > 1 else b""))
        elif op == "EMC":
            if not stack:
                raise ValueError("EMC without BDC/BMC")
            stack.pop()
        elif op in TEXT_OPS or op in PAINT_OPS:
            found.append((op, list(stack)))
    if stack:
        raise ValueError("marked content left open at the end of a page")
    return found


def page_contents(objects, page):
    contents = page.get("/Contents")
    refs = contents if isinstance(contents, list) else [contents]
    return b"".join(objects[ref]["data"] + b"\n" for ref in refs)


# --- the structure tree -------------------------------------------------------------------

class Element:
    def __init__(self, ref, d):
        self.ref = ref
        self.type = d.get("/S", "").lstrip("/")
        self.d = d
        self.kids = []      # Elements
        self.mcids = []     # (page ref, mcid)
        self.objrs = []     # annotation refs


def struct_tree(objects):
    """The root Element (the StructTreeRoot's only child) of the document."""
    root = as_dict(objects, objects["trailer"]["/Root"])
    tree = as_dict(objects, root["/StructTreeRoot"])

    def build(ref, page):
        d = as_dict(objects, ref)
        e = Element(ref, d)
        page = d.get("/Pg", page)
        kids = d.get("/K")
        for k in kids if isinstance(kids, list) else [] if kids is None else [kids]:
            if isinstance(k, int):
                e.mcids.append((page, k))
                continue
            kd = as_dict(objects, k)
            if kd.get("/Type") == "/MCR":
                e.mcids.append((kd.get("/Pg", page), kd["/MCID"]))
            elif kd.get("/Type") == "/OBJR":
                e.objrs.append(kd["/Obj"])
            else:
                e.kids.append(build(k, page))
        return e

    top = tree.get("/K")
    assert is_ref(top), "the structure tree has one root element"
    return build(top, None)


def walk(e):
    yield e
    for k in e.kids:
        yield from walk(k)


# --- pdfinfo -struct-text --------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def struct_text(pdf):
    """The structure tree as poppler reads it: a list of (depth, type, attributes, texts)
    nodes in document order; texts are the strings directly under an element."""
    out = subprocess.run(["pdfinfo", "-struct-text", pdf], capture_output=True, text=True,
                         check=True).stdout
    nodes = []
    for line in out.splitlines():
        if not line.strip():
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2
        body = line.strip()
        if body.startswith('"'):
            nodes[-1][3].append(body[1:-1])
        elif body.startswith(("/", "Object ")):
            nodes[-1][2].append(body)
        else:
            nodes.append((depth, body.split()[0].rstrip(":"), [], []))
    return nodes


def letters(s):
    """Only letters and digits, lower case: text compared across hyphenation, line
    breaks and spacing."""
    return re.sub(r"[\W_]+", "", s.lower())
