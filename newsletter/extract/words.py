"""Common English words: what is not a name, and what is not vivid; and a name as a whole-word pattern."""

import re
from functools import lru_cache

from .when import literal_trie

COMMON_WORDS = frozenset("""the a an and or but of to in on at for with from by as is was are were be been being it its
this that these those i you he she we they me him her us them my your his our their what which who whom whose when
where why how not no yes so if then than just very really also too all any some more most much many one two do does
did done have has had having get got go going gone come came know think thought say said like would could should
will can may might must there here out up down about into over after before again time thing things way lot kind
sort people well good great little big first last new old day year years make made see saw look want wanted need
back still even because now ever never always something anything everything nothing someone everyone exclusive
interview interviews talks talk says star stars returns return season episode show series""".split())

# Everyday nouns and adjectives that TV and film titles are made of (`Night Desk`, `Harbor Lights`, `Chicago Med`,
# `Grey Gardens`). A candidate name made only of such words is a title, not a person. Words that are also common
# first names or surnames (Will, Grace, Hope, Fox, King, Stone, Young, Brown) are left out on purpose.
TITLE_WORDS = frozenset("""
night nights day days desk lights light harbor harbour house home street streets city town hospital med medical
general doctor doctors nurse nurses police precinct station fire rescue squad unit crime crimes scene scenes
investigation law order court justice blue red black white green gold silver dark darkness shadow shadows
girl girls boy boys man men woman women mother father mothers fathers sister sisters brother brothers family
families son sons daughter daughters wife wives husband husbands kid kids life lives love story stories tales
secret secrets lies truth game games world worlds land island islands sea ocean bay beach river lake mountain
mountains ridge ridgeline valley hill hills road roads bridge bridges tower towers castle kingdom empire crown
throne war wars peace star stars sun moon sky skies earth space time times dream dreams heart hearts hope
office school college academy campus club bar diner kitchen hotel motel ranch farm garden gardens park
big little small tiny great grand old new young last first final lost found missing wild broken perfect
modern happy sweet bitter cold hot deep high low long short fast slow quiet loud true false real fake
good bad best worst better desperate mad brave bold strange stranger things thing nothing everything
north south east west northern southern eastern western central pacific atlantic
morning evening afternoon weekend week summer winter spring autumn fall
breaking news live tonight today show hour minutes files case cases
""".split())

# Verbs that attribute a quote to whoever stands beside them (`“…,” Voss quipped`, `says Voss`).
SPEECH_VERB_WORDS = tuple("""
says said say told tells adds added explains explained recalls recalled notes noted admits admitted
laughs laughed jokes joked continues continued insists insisted shares shared confesses confessed
reveals revealed teases teased quips quipped writes wrote asks asked remembers remembered muses
mused agrees agreed offers offered describes described tweeted posted promises promised warns
warned gushes gushed sighs sighed smiles smiled exclaims exclaimed replies replied finishes
finished seconds seconded concludes concluded elaborates elaborated reflects reflected acknowledges
acknowledged confirms confirmed stresses stressed emphasizes emphasized observes observed remarks
remarked counters countered argues argued raves raved beams beamed deadpans deadpanned chuckles
chuckled enthuses enthused marvels marveled signs signed hints hinted predicts predicted boasts boasted
cracks cracked cautions cautioned announces announced declares declared maintains maintained recounts recounted
reminisces reminisced laments lamented vows vowed
shouts shouted yells yelled retorts retorted
""".split()) + ('points out', 'pointed out', 'chimes in', 'chimed in', 'shoots back', 'shot back', 'fires back',
               'fired back', 'hits back', 'hit back')
# Verbs some papers use for nearly every quote and most never do ("…,” Njeri narrated.", "…,” she affirmed."): read
# only after a quote whose next words hold one, since each verb in SPEECH_VERBS costs every search of every article.
RARE_SPEECH_VERB_WORDS = ("narrates", "narrated", "affirms", "affirmed", "assures", "assured")
RARE_SPEECH_STEMS = ("narrat", "affirm", "assur")  # one stands in each of RARE_SPEECH_VERB_WORDS
# As a pattern, any case; one trie rather than an alternation of every word, which the engine tried word by word
# at each position (a fifth of attributing an article's quotes).
SPEECH_VERBS = "(?i:" + literal_trie(SPEECH_VERB_WORDS) + ")"


_WORD_CHAR = re.compile(r"\w")
_NAMES_REMEMBERED = 1024  # whole_word_pattern's: a week's cast, compiled once each


def whole_word(word: str) -> str:
    r"""The pattern `\b` + re.escape(word) + `\b`, written to open with the word itself: the engine then finds it
    with a fast search for the literal, where a leading `\b` is tried at every character (fifty times slower over
    an article). The edge before the word is checked by a look-behind after it, which sees the same character."""
    return word_led(word) + r"\b"


def word_led(word: str) -> str:
    r"""The pattern `\b` + re.escape(word), written to open with the word itself (see whole_word)."""
    if not word:
        return ""
    edge = "(?<!" if _WORD_CHAR.match(word) else "(?<="
    return re.escape(word) + edge + r"\w[\s\S]{" + str(len(word)) + r"})"


@lru_cache(maxsize=_NAMES_REMEMBERED)
def whole_word_pattern(word: str) -> re.Pattern:
    """whole_word(word), compiled once: a name is looked for in every paragraph and quote of an article."""
    return re.compile(whole_word(word))


# Words that end in a colon as labels do but name no speaker ("Note:", "Photo:", "Credits:").
NOT_LABELS = {"note", "notes", "update", "updated", "editor's note", "editors note", "photo", "photos", "source",
               "warning", "spoiler", "spoilers", "related", "read more", "watch", "caption", "credit", "correction",
               "disclaimer", "also", "plus", "bonus", "ps", "season", "episode", "part", "chapter", "why", "what",
               "when", "where", "how", "who", "the answer", "the truth", "first", "second", "third", "finally",
               "yes", "no", "well", "okay", "ok", "and", "but", "so", "then", "now", "today", "here", "there",
               "transcript", "interview", "excerpt", "excerpts", "q&a", "video", "audio", "listen", "read", "edit",
               "edited", "edit 2", "tl;dr", "tldr", "p.s", "quote", "quoting", "originally posted by",
               # the head of a box of facts beside a profile ("**FACTS: Mette Lykkegaard**"), not a speaker
               "facts", "fact", "fact file", "factfile", "fast facts", "key facts", "vital statistics", "bio",
               "biography", "cv", "at a glance", "need to know", "the basics", "factbox", "fact box", "info",
               # a podcast's or a programme's closing credits ("**Credits:** hosted by …"), not a speaker
               "credits", "credit", "show notes", "production", "produced by",
               # a magazine's promo for what comes next ("NEXT WEEK: Win a day on set!"), not a speaker
               "next week", "next issue", "next time", "coming up", "coming soon", "also inside", "inside",
               "don't miss", "dont miss", "competition", "win",
               # a news site's link to another story, or a kicker over the lede ("**READ ALSO:** …", "EXCLUSIVE: …")
               "read also", "also read", "see also", "must read", "read next", "related stories", "related articles",
               "related topics", "more on this story", "recommended", "trending", "you may also like", "exclusive",
               "world exclusive", "breaking", "breaking news", "first look",
               # a magazine's boxes around an interview ("**BEHIND THE SCENES:** …", "**TUNE IN:** …"), no speaker
               "behind the scenes", "whats new", "tune in", "tunein", "schedule note", "when to watch", "how to watch",
               "where to watch", "watch it",
               # a warning over a recap or an interview ("**SPOILER ALERT**: Do not read on…"), nobody's name
               "spoiler warning", "spoiler alert", "spoilers ahead", "major spoilers", "trigger warning",
               "content warning", "alert",
               # a wire story's desk header and footer ("SLUG: TELEVISION-BRITAIN/…", "WORDS: 640", "Keywords: …")
               "slug", "words", "word count", "keywords", "priority", "category", "dateline"}

# Words that make a byline a desk, not a person ("Redacción Farándula Hoy", "Lumen Editorial Team", "Staff Writer"):
# no "he" or "she" points back to it.
DESK_WORDS = frozenset("""redacción redaccion redação redacao rédaction redaktion staff newsroom desk team editors editorial
wire agencies agency""".split())


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """True when `a` and `b` differ by at most one inserted, deleted, changed or swapped letter (`Kayo`/`Kao`)."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) <= 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                   and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = diffs = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            diffs += 1
            if diffs > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
            continue
        i += 1
        j += 1
    return diffs + (len(b) - j) + (len(a) - i) <= 1
