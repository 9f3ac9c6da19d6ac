"""Captions saved as subtitle files (SRT, WebVTT) read as the transcript they hold. Every text here is invented."""

from datetime import date

import pytest

from newsletter.sources.folder import read_interview
from newsletter.sources.subtitles import captions_text

SRT = """Late Table ep. 9 - Odalys Brennan-Kowal (Harbour of Glass) - English (auto-generated)

1
00:00:00,500 --> 00:00:03,000
>> hi and welcome back to late table

2
00:00:03,000 --> 00:00:05,900
tonight i'm sitting with odalys brennan-kowal

3
00:00:05,900 --> 00:00:08,000
>> hi thanks for having me

4
00:00:08,000 --> 00:00:10,400
>> you spent a winter on a trawler for

5
00:00:10,400 --> 00:00:12,000
this part how bad was the sea

6
00:00:12,000 --> 00:00:15,300
>> the sea was fine it was the cook who

7
00:00:15,300 --> 00:00:18,800
frightened me he put herring in the porridge

8
00:00:18,800 --> 00:00:19,900
[laughter]

9
00:00:19,900 --> 00:00:22,000
>> odalys thank you
"""


def test_srt_cues_run_on_into_one_paragraph_per_speaker():
    text = captions_text(SRT)
    assert text.split("\n\n") == [
        "Late Table ep. 9 - Odalys Brennan-Kowal (Harbour of Glass) - English (auto-generated)",
        ">> hi and welcome back to late table tonight i'm sitting with odalys brennan-kowal",
        ">> hi thanks for having me",
        ">> you spent a winter on a trawler for this part how bad was the sea",
        ">> the sea was fine it was the cook who frightened me he put herring in the porridge [laughter]",
        ">> odalys thank you"]


@pytest.mark.parametrize("name", ["2026-03-04-late-table-ep-9.srt", "2026-03-04-late-table-ep-9.txt"])
def test_a_subtitle_file_in_a_folder_is_read_with_its_date_from_the_file_name(tmp_path, name):
    file = tmp_path / name
    file.write_text(SRT.replace("\n", "\r\n"), encoding="utf-8")
    interview = read_interview(file)
    assert interview.date == date(2026, 3, 4)
    assert "it was the cook who frightened me he put herring in the porridge" in interview.body
    assert "-->" not in interview.body and "00:00" not in interview.body


VTT = """WEBVTT
Kind: captions
Language: en

NOTE made by the festival's captioner

STYLE
::cue { color: yellow }

intro
00:01.000 --> 00:03.500 align:start position:10%
<v Pell Aranda>So you <i>rode</i> the horse yourself?

00:03.500 --> 00:06.000
<v Pell Aranda>Every take?

00:06.000 --> 00:09.000
<v Marisa Oyelaran-Tate><c.yellow>Every</c> take, and<00:07.200> she bit me twice

00:09.000 --> 00:11.000
<v Marisa Oyelaran-Tate>Every take, and she bit me twice
<v Marisa Oyelaran-Tate>which I took personally
"""


def test_webvtt_voices_become_labels_and_its_tags_timings_and_notes_are_not_words():
    assert captions_text(VTT).split("\n\n") == [
        "Pell Aranda: So you rode the horse yourself? Every take?",
        "Marisa Oyelaran-Tate: Every take, and she bit me twice which I took personally"]


def test_a_line_rolling_captions_repeat_is_read_once():
    rolled = SRT.replace("\nthis part how bad", "\n>> you spent a winter on a trawler for\nthis part how bad")
    assert ">> you spent a winter on a trawler for this part how bad was the sea" in captions_text(rolled)


@pytest.mark.parametrize("text", [
    "The scene runs 00:12:03,000 --> 00:12:09,500 in the cut we saw.\n\nIt is the best minute of the series.",
    "Q: Did you time it?\n\nA: 00:00:01,000 --> 00:00:02,000 and 00:00:03,000 --> 00:00:04,000, twice.",
    "date 2026-03-04 Odalys Brennan-Kowal talks trawlers.\n\nShe has never been so cold.",
])
def test_text_with_a_timing_or_two_is_not_a_subtitle_file(text):
    assert captions_text(text) is None
