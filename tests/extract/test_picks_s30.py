"""Kinds of interview and of line the pull-quotes read (session 30), each with look-alikes that must read the other
way. Every line here is invented for the test."""

from newsletter.extract import understand
from newsletter.extract.roles import MIN_CONFIDENCE
from newsletter.pull_quotes import select_pull_quotes

from .test_layouts import iv

_COMMENTARY = ("LAMPLIGHTER - SERIES TWO - COMMENTARY\n"
               "Recorded for the box set. Speakers: Odile Fairbrother-Nwosu, Kasimir Lund, Petra Okane.\n\n"
               "ODILE: Hello, I'm Odile, and I play the lamplighter's daughter for the second year running.\n"
               "KASIMIR: I'm Kasimir, I directed it.\n"
               "PETRA: And I'm Petra. I wrote it.\n\n"
               "ODILE: This is the street we built in a car park in Dundee, and every lamp on it is real gas.\n"
               "KASIMIR: We had a fireman on set every night.\n\n"
               "ODILE: I learned to climb a ladder in a corset, which is a skill nobody will ever pay me for again.\n"
               "PETRA: That scene was the first thing I wrote.\n\n"
               "ODILE: My grandmother lit the lamps in her village until 1961, and she came to the set to watch me "
               "do it wrong.\n")


def test_a_panel_where_one_guest_does_most_of_the_talking_is_theirs():
    u = understand(iv(_COMMENTARY, title="Lamplighter series two commentary"))
    assert u.interviewee == "Odile Fairbrother-Nwosu" and u.confidence >= MIN_CONFIDENCE
    picks = [p.text for p in select_pull_quotes(u, count=3).picks]
    assert "I learned to climb a ladder in a corset, which is a skill nobody will ever pay me for again." in picks


_EVEN = ("LAMPLIGHTER - SERIES TWO - COMMENTARY\n"
         "Recorded for the box set. Speakers: Odile Fairbrother-Nwosu, Kasimir Lund.\n\n"
         "ODILE: This is the street we built in a car park in Dundee, and every lamp on it is real gas.\n"
         "KASIMIR: We had a fireman on set every night, and he brought his own kettle and his own dog.\n\n"
         "ODILE: I learned to climb a ladder in a corset, which is a skill nobody will ever pay me for again.\n"
         "KASIMIR: I learned that a gas lamp in the rain sounds exactly like somebody whispering behind you.\n")


def test_two_guests_who_talk_as_much_as_each_other_stay_a_coin_toss():
    u = understand(iv(_EVEN, title="Lamplighter series two commentary"))
    assert u.confidence < MIN_CONFIDENCE
    assert select_pull_quotes(u, count=3).picks == ()
