"""Score air-date reading on the annotated real-article corpus (../shared/corpus, read in place, never copied).

For every `airdates*.jsonl` file: the share of sentences whose kind, weekday,
local time, zone and resolved date all match (`none`: nothing extracted), per
file and per source (the first folder under articles/). Scored twice: the sentence alone (`parse_sentence`, as
bench/eval_corpus.py does) and read in its article (`find_air_dates`, as
`newsletter inspect` does, which also knows what earlier sentences said). `--variants` instead reads each
sentence alone in surface variants that keep its meaning (curly or straight quotes, non-breaking spaces,
entities, markup around it, `9pm`/`9 PM` for `9 p.m.`, dashes, double spaces): how many of those right as written
stay right. The article pass also counts, over the airings (kind not `none`), the show and network the newsletter
would print beside the date (the air date of `understand()`, as `newsletter inspect` shows it): the show is right
when one of the printed and the annotated names contains the other, ignoring case and everything but letters and
digits (`CSI` for `CSI: Crime Scene Investigation`); the network when the two are equal in that way.
Usage: python bench/eval_airdates.py [CORPUS_DIR] [-v] [--variants]
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from newsletter.extract import understand
from newsletter.extract.airdates import find_air_dates, parse_sentence
from newsletter.sources.folder import read_interview



def default_corpus() -> Path:
    """`../shared/corpus` beside the checkout (the nearest one up the tree), as bench/eval_corpus.py finds it."""
    here = Path(__file__).resolve()
    return next((p / "shared" / "corpus" for p in here.parents if (p / "shared" / "corpus").is_dir()),
                here.parents[2] / "shared" / "corpus")


def is_right(want: dict, got) -> bool:
    """The same test bench/eval_corpus.py applies: every stated field matches."""
    if want["kind"] == "none":
        return got is None
    return got is not None and got.kind == want["kind"] and got.weekday == want.get("weekday") and \
        got.local_time == want.get("local_time") and got.tz == want.get("tz") and \
        (want.get("date") is None or (got.day is not None and got.day.isoformat() == want["date"]))


def locate(body: str, sentence: str) -> tuple[int, int] | None:
    """Where `sentence` stands in `body`: as written, or by its words alone when the loader turned its markup into
    other marks (an HTML page's `<i>Title</i>` is `*Title*` in the body)."""
    at = body.find(sentence)
    if at != -1:
        return at, at + len(sentence)
    words = re.findall(r"\w+", html.unescape(re.sub(r"<[^<>]*>", " ", sentence)))
    m = re.search(r"\W*".join(map(re.escape, words)), body) if words else None
    return (m.start(), m.end()) if m else None


def _letters(name: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", html.unescape(name or "").casefold())


def show_right(want: dict, got) -> bool:
    """The printed show names the annotated one: either contains the other, by letters and digits alone."""
    a, b = _letters(got and got.show), _letters(want.get("show"))
    return a == b or bool(a and b and (a in b or b in a))


def network_right(want: dict, got) -> bool:
    """The printed network is the annotated one, by letters and digits alone."""
    return _letters(got and got.network) == _letters(want.get("network"))


def printed_airing(understood, sentence: str):
    """The airing an understood article gives the annotated sentence, as the newsletter would print it."""
    found_at = locate(understood.interview.body, sentence)
    if found_at is None:
        return None
    at, end = found_at
    return next((a for a in understood.air_dates if a.sentence_start < end and at < a.sentence_end), None)


def in_article(root: Path, ann: dict):
    """What find_air_dates says of the annotated sentence when it reads the whole article (earlier sentences too)."""
    interview = read_interview(root / "articles" / ann["path"])
    found_at = locate(interview.body, ann["sentence"])
    if found_at is None:
        return None
    at, end = found_at
    found = find_air_dates(interview.body, interview.date, outlet=interview.outlet, title=interview.title,
                           url=interview.url)
    return next((a for a in found if a.sentence_start < end and at < a.sentence_end), None)


def score_file(path: Path, verbose: bool, whole: bool) -> tuple[Counter, Counter]:
    """Per source: sentences right and in all; in the article pass also `show:`/`network:` right and `airings:`."""
    right, total = Counter(), Counter()
    understood: dict[str, object] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        ann = json.loads(line)
        want = ann["expect"]
        source = ann["path"].split("/")[0]
        if whole:
            got = in_article(path.parent, ann)
            if want["kind"] != "none":
                if ann["path"] not in understood:
                    understood[ann["path"]] = understand(read_interview(path.parent / "articles" / ann["path"]))
                printed = printed_airing(understood[ann["path"]], ann["sentence"])
                total["airings:" + source] += 1
                right["show:" + source] += show_right(want, printed)
                right["network:" + source] += network_right(want, printed)
                if verbose and not (show_right(want, printed) and network_right(want, printed)):
                    print(f"  PRINTED [{source}] {ann['sentence'][:100]!r}\n     want {want.get('show')!r} on "
                          f"{want.get('network')!r}\n     got  {printed and printed.show!r} on "
                          f"{printed and printed.network!r}")
        else:
            got = parse_sentence(ann["sentence"], date.fromisoformat(ann["article_date"]))
        good = is_right(want, got)
        right[source] += good
        total[source] += 1
        if verbose and not good:
            print(f"  MISS [{source}] {ann['sentence'][:100]!r}\n"
                  f"     want {want['kind']} {want.get('weekday')} {want.get('local_time')} {want.get('tz')} "
                  f"{want.get('date')}\n"
                  f"     got  {got and (got.kind, got.weekday, got.local_time, got.tz, got.day and str(got.day))}")
    return right, total


# Surface variants of a sentence that keep its meaning, as other sources print the same words (--variants).
VARIANTS = {
    "curly": lambda s: re.sub(r"(\w)'(\w)", "\\1’\\2", re.sub(r'"([^"]*)"', "“\\1”", s)),
    "straight": lambda s: s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'),
    "nbsp": lambda s: re.sub(r"(?<=[\d.,:]) (?=\S)|(?<=\b[A-Z][a-z]{2}\.) ", "\u00a0", s),
    "entities": lambda s: s.replace("’", "&#8217;").replace("'", "&#39;").replace("“", "&#8220;")
    .replace("”", "&#8221;").replace("—", "&mdash;").replace("&", "&amp;", 0),
    "html-p": lambda s: f"<p>{s}</p>",
    "bold": lambda s: f"**{s}**",
    "italic": lambda s: f"*{s}*",
    "pm-compact": lambda s: re.sub(r"(\d) ?([ap])\.m\.", r"\1\2m", s),
    "pm-caps": lambda s: re.sub(r"(\d) ?([ap])\.?m\b\.?", lambda m: f"{m.group(1)} {m.group(2).upper()}M", s),
    "dashes": lambda s: s.replace(" - ", " – ").replace("—", " – "),
    "double-spaces": lambda s: s.replace(". ", ".  ").replace(", ", ",  "),
}


def _alone(ann: dict, sentence: str):
    return parse_sentence(sentence, date.fromisoformat(ann["article_date"]))


def score_variants(files: list[Path]) -> None:
    """Each sentence read alone as written and in each surface variant that changes it: how many stay right."""
    anns = [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines()]
    print(f"{'variant':<15} {'changed':>7} {'right as written':>16} {'right as varied':>15}")
    for name, vary in VARIANTS.items():
        changed = [a for a in anns if vary(a["sentence"]) != a["sentence"]]
        before = sum(is_right(a["expect"], _alone(a, a["sentence"])) for a in changed)
        after = [a for a in changed if is_right(a["expect"], _alone(a, a["sentence"]))
                 and not is_right(a["expect"], _alone(a, vary(a["sentence"])))]
        print(f"{name:<15} {len(changed):>7} {before:>16} {before - len(after):>15}")
        if "-v" in sys.argv:
            for a in after:
                print(f"    LOST {vary(a['sentence'])[:110]!r}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else default_corpus()
    files = sorted(root.glob("airdates*.jsonl"))
    if not files:
        print(f"no airdates*.jsonl at {root}; nothing to score")
        return
    if "--variants" in sys.argv:
        score_variants(files)
        return
    for whole in (False, True):
        print("\nsentence read in its article (find_air_dates, with the outlet)" if whole
              else "sentence alone (parse_sentence)")
        _report(files, "-v" in sys.argv, whole)


def _report(files: list[Path], verbose: bool, whole: bool) -> None:
    all_right, all_total = Counter(), Counter()
    for path in files:
        right, total = score_file(path, verbose, whole)
        _print_group(path.name, right, total)
        all_right.update(right)
        all_total.update(total)
    _print_group("all", all_right, all_total)


def _print_group(name: str, right: Counter, total: Counter) -> None:
    """One file's (or all files') sentences right, then per source, with the printed show and network right
    among its airings where the article pass counted them."""
    sources = sorted(s for s in total if ":" not in s)
    sentences = sum(total[s] for s in sources)
    print(f"{name:<20} {sum(right[s] for s in sources):>3}/{sentences:<3} "
          f"({100 * sum(right[s] for s in sources) / sentences:.0f}%)" + _printed(right, total, sources))
    for source in sources:
        print(f"    {source:<45} {right[source]:>3}/{total[source]}" + _printed(right, total, [source]))


def _printed(right: Counter, total: Counter, sources: list[str]) -> str:
    airings = sum(total["airings:" + s] for s in sources)
    if not any("airings:" + s in total for s in sources):
        return ""
    return (f"   show {sum(right['show:' + s] for s in sources)}/{airings}, "
            f"network {sum(right['network:' + s] for s in sources)}/{airings}")


if __name__ == "__main__":
    main()
