#!/usr/bin/env python3
"""Moves Java classes to other packages with `git mv` and rewrites only package and import lines.

Usage: scripts/move-classes.py MAPPING [ROOT ...]

MAPPING has one move per line: `old.package.Class new.package` (the class keeps its name; a source file under
src/main or src/test moves beside its new package). After the moves, every Java file under the roots (default:
src/main/java src/test/java) gets:
- its package line changed if it moved;
- imports of moved classes rewritten, and fully qualified references rewritten;
- an import added for each class it uses by simple name that used to share its package and no longer does;
- imports removed that now name a class of its own package.
Usage by simple name is found in the code with comments and string literals removed.
"""
import re
import subprocess
import sys
from pathlib import Path

ROOTS = [Path("src/main/java"), Path("src/test/java")]


def strip_code(text):
    text = re.sub(r'"""(?:.|\n)*?"""', '""', text)
    text = re.sub(r'/\*(?:.|\n)*?\*/', '', text)
    text = re.sub(r'//[^\n]*', '', text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    return text


def package_of(text):
    m = re.search(r'^package ([\w.]+);', text, re.M)
    return m.group(1) if m else ""


def classes_in_packages(roots):
    """Simple name -> set of packages, and file -> (package, class) for every top-level class."""
    by_package = {}
    for root in roots:
        for f in root.rglob("*.java"):
            if f.name == "package-info.java":
                continue
            pkg = package_of(f.read_text())
            by_package.setdefault(pkg, set()).add(f.stem)
    return by_package


def add_imports(text, fqns):
    lines = text.split("\n")
    imports = [i for i, l in enumerate(lines) if l.startswith("import ") and not l.startswith("import static ")]
    for fqn in sorted(fqns):
        line = f"import {fqn};"
        if line in lines:
            continue
        imports = [i for i, l in enumerate(lines) if l.startswith("import ") and not l.startswith("import static ")]
        group = [i for i in imports if not lines[i].startswith("import java")]
        if group:
            pos = None
            for i in group:
                if lines[i] > line:
                    pos = i
                    break
            if pos is None:
                pos = group[-1] + 1
            lines.insert(pos, line)
        elif imports:
            lines.insert(imports[-1] + 1, "")
            lines.insert(imports[-1] + 2, line)
        else:
            pkg = next(i for i, l in enumerate(lines) if l.startswith("package "))
            lines.insert(pkg + 1, "")
            lines.insert(pkg + 2, line)
    return "\n".join(lines)


def main():
    mapping_file = Path(sys.argv[1])
    roots = [Path(r) for r in sys.argv[2:]] or ROOTS
    moves = {}  # old fqn -> new fqn
    for raw in mapping_file.read_text().splitlines():
        raw = raw.split("#")[0].strip()
        if not raw:
            continue
        old, new_pkg = raw.split()
        moves[old] = new_pkg + "." + old.rsplit(".", 1)[1]

    before = classes_in_packages(roots)
    old_package_of = {}  # simple-name/package lookups before the move
    # git mv
    for old, new in moves.items():
        moved = False
        for root in roots:
            src = root / (old.replace(".", "/") + ".java")
            if src.exists():
                dst = root / (new.replace(".", "/") + ".java")
                dst.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run(["git", "mv", str(src), str(dst)], check=True)
                moved = True
        if not moved:
            sys.exit(f"not found: {old}")

    # where each class lives before and after
    def fqn_after(pkg, name):
        return moves.get(f"{pkg}.{name}", f"{pkg}.{name}")

    moved_files_old_pkg = {}
    for old, new in moves.items():
        moved_files_old_pkg[new] = old.rsplit(".", 1)[0]

    for root in roots:
        for f in root.rglob("*.java"):
            text = f.read_text()
            original = text
            pkg = package_of(text)
            own_fqn = pkg + "." + f.stem
            # the file's package before the move
            old_pkg = pkg
            for new, opkg in moved_files_old_pkg.items():
                if new.rsplit(".", 1)[0] == pkg and new.rsplit(".", 1)[1] == f.stem and own_fqn in [
                        moves.get(o) for o in moves]:
                    pass
            # figure out whether this file itself moved (its path now matches a move target)
            rel = str(f.relative_to(root))[:-5].replace("/", ".")
            if rel in moves.values():
                old_pkg = [o for o, n in moves.items() if n == rel][0].rsplit(".", 1)[0]
                new_pkg = rel.rsplit(".", 1)[0]
                text = re.sub(r'^package [\w.]+;', f'package {new_pkg};', text, count=1, flags=re.M)
                pkg = new_pkg
            # rewrite fully qualified names of moved classes (imports included)
            for old, new in moves.items():
                text = re.sub(r'(?<![\w.])' + re.escape(old) + r'(?![\w])', new, text)
            # classes used by simple name that used to be in the file's old package
            code = strip_code(re.sub(r'^(package|import) [^\n]*', '', text, flags=re.M))
            needed = set()
            for name in before.get(old_pkg, set()):
                if name == f.stem:
                    continue
                target = fqn_after(old_pkg, name)
                target_pkg = target.rsplit(".", 1)[0]
                if target_pkg != pkg and re.search(r'(?<![\w.])' + name + r'\b', code):
                    # not if the file imports or declares another class with that simple name
                    if re.search(r'^import [\w.]+\.' + name + ';', text, re.M):
                        continue
                    needed.add(target)
            if needed:
                text = add_imports(text, needed)
            # imports of the own package are redundant
            text = re.sub(r'^import ' + re.escape(pkg) + r'\.[A-Z]\w*;\n', '', text, flags=re.M)
            if text != original:
                f.write_text(text)


if __name__ == "__main__":
    main()
