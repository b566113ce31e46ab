#!/usr/bin/env python3
"""Generates a large site for benchmarks: the posts of samples/math-blog repeated until N posts exist.

usage: generate-bench-site.py OUT_DIR [N=1000]
Each copy gets its own date, slug and title, so every post is a distinct page with the sample posts' math."""
import os, re, shutil, sys
from datetime import date, timedelta

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sample = os.path.join(root, "samples", "math-blog")
out = os.path.abspath(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000

if os.path.exists(out):
    shutil.rmtree(out)
shutil.copytree(sample, out, ignore=shutil.ignore_patterns("_site", ".staticmath"))
posts_dir = os.path.join(out, "content", "posts")
sources = []
for name in sorted(os.listdir(posts_dir)):
    with open(os.path.join(posts_dir, name), encoding="utf-8") as f:
        text = f.read()
    if re.search(r"^(draft|published):\s*(true|false)", text, re.M) and "draft: true" in text:
        continue
    sources.append((name, text))
    os.remove(os.path.join(posts_dir, name))

start = date(2020, 1, 1)
for i in range(count):
    name, text = sources[i % len(sources)]
    day = start + timedelta(days=i)
    slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", name)[:-3] + f"-{i:04d}"
    text = re.sub(r"^title:\s*(.*)$", lambda m: 'title: "' + m.group(1).strip().strip('"\'').replace('"', "'") + f' ({i})"', text, count=1, flags=re.M)
    text = re.sub(r"^date:.*$", f"date: {day.isoformat()}", text, count=1, flags=re.M)
    with open(os.path.join(posts_dir, f"{day.isoformat()}-{slug}.md"), "w", encoding="utf-8") as f:
        f.write(text)
print(f"{count} posts in {out}")
