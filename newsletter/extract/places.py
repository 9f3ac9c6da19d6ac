"""Where an article comes from, and the zone its clocks are in: cities, outlets by country, web addresses'
countries, datelines (`DENVER —`), and the city a sentence says its viewers are in.

Pure readers for channels.py, which places a local station or a pan-regional channel by them.
"""

from __future__ import annotations

import re
from .scan import led_by_first

NEW_YORK = "America/New_York"
# The zones of the two countries whose channels' listings are given in several clocks and that write dates month first.
US_ZONES = frozenset({NEW_YORK, "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
                      "America/Boise", "America/Detroit", "America/Anchorage", "Pacific/Honolulu"})
CANADA_ZONES = frozenset({"America/Toronto", "America/Vancouver", "America/Winnipeg", "America/Edmonton",
                          "America/Regina", "America/Halifax", "America/St_Johns"})


def in_latin_america(zone: str) -> bool:
    """Whether `zone` is in Latin America: the Americas but the US and Canada (and the Caribbean's islands, which
    list the US's channels)."""
    return zone.startswith("America/") and zone not in US_ZONES and zone not in CANADA_ZONES

# Zone -> the names and abbreviations articles write it by, beside a clock (`9pm ET`, `20:00 CET`).
ZONES = {
    "America/New_York": "ET|EST|EDT|Eastern",
    "America/Chicago": "CT|CST|CDT|Central",
    "America/Denver": "MT|MST|MDT|Mountain",
    "America/Los_Angeles": "PT|PST|PDT|Pacific",
    "America/Halifax": "AT|AST|ADT|Atlantic",
    "America/St_Johns": "NT|NST|NDT",
    "America/Anchorage": "AKST|AKDT|Alaska",
    "Pacific/Honolulu": "HST|Hawaii",
    "Europe/London": "BST|UK time",
    "Etc/GMT": "GMT",  # a fixed hour (a worldwide drop `at 8 a.m. GMT`); a British channel keeps London's clock
    "Europe/Dublin": "Irish time",
    "UTC": "UTC",
    "Europe/Berlin": "CET|CEST|MEZ|MESZ|Central European Time|Central European time",
    "Europe/Moscow": "MSK|Moscow time",
    "Europe/Helsinki": "EET|EEST|Eastern European Time|Eastern European time",
    "Australia/Sydney": "AEST|AEDT|AET|Sydney time",
    "Australia/Melbourne": "Melbourne time",
    "Australia/Adelaide": "ACST|ACDT",
    "Australia/Brisbane": "Queensland time",
    "Australia/Perth": "AWST",
    "Asia/Singapore": "SGT|Singapore time",
    "Asia/Kuala_Lumpur": "MYT|Malaysia time|Malaysian time",
    "Asia/Kolkata": "IST|India time|Indian time",
    "Asia/Karachi": "PKT|Pakistan time",
    "Asia/Dubai": "GST|UAE time",
    "Asia/Bangkok": "ICT|Thai time|Thailand time",
    "Asia/Manila": "PHT|PHST|Philippine time|Manila time",
    "Asia/Seoul": "KST|Korea time|Korean time",
    "Asia/Jakarta": "WIB",
    "Africa/Johannesburg": "SAST",
    "Asia/Tokyo": "JST|Japan time",
    "Asia/Hong_Kong": "HKT",
    "Pacific/Auckland": "NZST|NZDT|NZT|NZ time|New Zealand time",
    "America/Sao_Paulo": "BRT|BRST|Brasília time|Brasilia time",
    "Africa/Lagos": "WAT|Nigerian time",
    "Africa/Nairobi": "EAT|Kenyan time|East Africa Time|East Africa time|East African Time",
    "Africa/Cairo": "Cairo time|Egypt time|Egyptian time",
    "America/Guayaquil": "Ecuador time",
    "Asia/Riyadh": "KSA|KSA time|Saudi time",
    "America/Mexico_City": "Mexico City time",
    "Asia/Makassar": "WITA",
    "Africa/Maputo": "CAT|Central Africa Time",
    "Europe/Lisbon": "WET|WEST",
    "America/Argentina/Buenos_Aires": "ART",
    "America/Santiago": "CLT|CLST",
    "America/Bogota": "COT",
    "America/Lima": "PET",
    "America/Caracas": "VET",
    "Asia/Kathmandu": "NPT",
    "Asia/Colombo": "SLST",
    "Asia/Jerusalem": "IDT",
    "Asia/Shanghai": "China Standard Time",
}
# Zones whose abbreviation other zones write too (`IST`: India, Ireland, Israel; `CST`: US Central, China): beside a
# channel of one of those others, the letters are that channel's own clock.
SAME_LETTERS = {"Asia/Kolkata": frozenset({"Europe/Dublin", "Asia/Jerusalem"}),
                "America/Chicago": frozenset({"Asia/Shanghai", "Asia/Taipei", "America/Havana"}),
                "Europe/London": frozenset({"Asia/Dhaka"}),
                "America/Halifax": frozenset({"Asia/Riyadh", "Asia/Baghdad", "Asia/Kuwait", "Asia/Qatar"})}

# Cities -> zone, for local stations (`Chicago's Channel 32`, `KRQE Albuquerque`) and an article's home.
CITY_ZONES = {
    NEW_YORK: ("New York|Manhattan|Brooklyn|Boston|Philadelphia|Baltimore|Washington|Atlanta|Miami|Orlando|Tampa|"
               "Cleveland|Pittsburgh|Charlotte|Raleigh|Columbus|Cincinnati|Buffalo|Hartford|Providence|Richmond|"
               "Norfolk|Jacksonville|Newark|Albany|Rochester|Syracuse"),
    "America/Detroit": "Detroit|Grand Rapids|Flint|Lansing",
    "America/Indiana/Indianapolis": "Indianapolis",
    "America/Chicago": ("Chicago|Houston|Dallas|Fort Worth|San Antonio|Austin|Minneapolis|St. Paul|St. Louis|"
                        "Kansas City|Milwaukee|Nashville|New Orleans|Memphis|Oklahoma City|Tulsa|Omaha|Des Moines|"
                        "Birmingham|Little Rock|Madison|Wichita|Green Bay"),
    "America/Denver": "Denver|Albuquerque|Salt Lake City|Colorado Springs|El Paso|Boise|Cheyenne",
    "America/Phoenix": "Phoenix|Tucson",
    "America/Los_Angeles": ("Los Angeles|Hollywood|San Francisco|Oakland|San Jose|San Diego|Sacramento|Seattle|"
                            "Portland|Las Vegas|Fresno|Spokane|Reno|Tacoma|Bellevue|Everett|Eugene|Bakersfield"),
    "America/Anchorage": "Anchorage",
    "Pacific/Honolulu": "Honolulu",
    "America/Toronto": "Toronto|Ottawa|Montreal|Montréal|Quebec City",
    "America/Vancouver": "Vancouver|Victoria",
    "America/Edmonton": "Calgary|Edmonton",
    "America/Winnipeg": "Winnipeg",
    "America/Halifax": "Halifax",
    "America/St_Johns": "St. John's|St John's",
    # Beyond North America: where an outlet or a dateline says a piece comes from.
    "Europe/London": "London|Manchester|Glasgow|Edinburgh|Cardiff|Leeds|Liverpool|Belfast",
    "Europe/Dublin": "Dublin|Cork|Galway|Limerick",
    "Asia/Singapore": "Singapore",
    "Asia/Kuala_Lumpur": "Kuala Lumpur|Petaling Jaya|Penang|Johor Bahru",
    "Asia/Manila": "Manila|Quezon City|Cebu",
    "Asia/Jakarta": "Jakarta",
    "Asia/Bangkok": "Bangkok",
    "Asia/Hong_Kong": "Hong Kong",
    "Asia/Kolkata": "Mumbai|New Delhi|Delhi|Bengaluru|Bangalore|Chennai|Kolkata|Hyderabad",
    "Australia/Sydney": "Sydney|Canberra",
    "Australia/Melbourne": "Melbourne",
    "Australia/Brisbane": "Brisbane",
    "Australia/Adelaide": "Adelaide",
    "Australia/Perth": "Perth",
    "Australia/Hobart": "Hobart",
    "Australia/Darwin": "Darwin",
    "Pacific/Auckland": "Auckland|Wellington|Christchurch",
    "Africa/Nairobi": "Nairobi|Mombasa", "Africa/Lagos": "Lagos|Abuja", "Africa/Accra": "Accra",
}

# Outlets whose names carry no city, by where they publish: the zone an unplaced station or a pan-regional
# channel they name is watched in.
_OUTLETS = {
    "Asia/Kuala_Lumpur": "The Star Online|The Star Malaysia|New Straits Times|Malay Mail|Malaysiakini|Berita Harian",
    "Asia/Singapore": "The Straits Times|Straits Times|TODAY Online|Today Online|The New Paper|Lianhe Zaobao|"
                      "Channel NewsAsia|CNA Lifestyle|8 Days",
    "Asia/Manila": "Philippine Daily Inquirer|Inquirer.net|The Philippine Star|Philstar|Manila Bulletin|Rappler",
    "Asia/Kolkata": "The Hindu|Times of India|The Times of India|Hindustan Times|Indian Express|The Indian Express|"
                    "Deccan Chronicle|Deccan Herald|Filmfare|Rediff|NDTV|India Today|Firstpost|News18|Pinkvilla|"
                    "Bollywood Hungama|Koimoi|Mid-Day|The Quint|Scroll.in|The Telegraph India",
    "Asia/Seoul": "The Korea Herald|Korea Herald|The Korea Times|Korea Times|Yonhap|Korea JoongAng Daily|"
                  "The Chosun Ilbo|Chosun Ilbo",
    "Asia/Tokyo": "The Japan Times|Japan Times|The Mainichi|NHK World",
    "Asia/Hong_Kong": "South China Morning Post|The Standard Hong Kong",
    "Asia/Jakarta": "The Jakarta Post|Kompas|Tempo",
    "Europe/London": "The Guardian|The Observer|The Times|The Sunday Times|The Telegraph|Daily Telegraph|Daily Mail|"
                     "Mail on Sunday|The Sun|Daily Mirror|The Mirror|Daily Express|Daily Star|The Independent|"
                     "Radio Times|TV Times|What's on TV|Inside Soap|Soaplife|Digital Spy|Metro UK|The i|BBC News|"
                     "Evening Standard|The Scotsman|The Herald Scotland|The National Scotland|WalesOnline|iNews|"
                     "HuffPost UK|The Stage|Empire|Total Film|TV & Satellite Week|TV Choice|Heat|OK! Magazine|"
                     "Hello! Magazine|Closer|Daily Record|The Press and Journal|Yorkshire Post",
    "Europe/Dublin": "The Irish Times|Irish Independent|Irish Examiner|Sunday World|RTÉ Guide|RTE Guide|"
                     "The Journal|TheJournal.ie|Irish Mirror|Irish Daily Star|Sunday Independent|Hot Press|RTÉ|RTE",
    "Australia/Sydney": "The Sydney Morning Herald|The Daily Telegraph Australia|The Australian|news.com.au|"
                        "TV Week|TV Tonight|Mediaweek|TV Blackbox|The Guardian Australia|Guardian Australia|"
                        "ABC News Australia|SBS News",
    "Australia/Melbourne": "The Age|Herald Sun",
    "Australia/Brisbane": "The Courier-Mail|Courier-Mail",
    "Australia/Perth": "The West Australian|PerthNow",
    "Pacific/Auckland": "The New Zealand Herald|NZ Herald|Stuff.co.nz|The Spinoff|Stuff|RNZ|Newsroom NZ|The Post NZ",
    "America/Toronto": "The Globe and Mail|Globe and Mail|National Post|The Canadian Press|CBC News|Global News|"
                       "CTV News|Maclean's|Toronto Sun",
    "Africa/Johannesburg": "News24|TimesLIVE|IOL|Sowetan|Mail & Guardian|The Citizen|Channel24",
    "Africa/Lagos": "Punch|Vanguard|The Guardian Nigeria|Pulse Nigeria|Premium Times|ThisDay|BellaNaija",
    "Africa/Nairobi": "Daily Nation|Nation Africa|The Standard Kenya|Tuko|The Star Kenya",
    "America/Sao_Paulo": "O Globo|Folha de S.Paulo|Estadão",
}
_CITY_ZONE = {city: zone for zone, cities in CITY_ZONES.items() for city in cities.split("|")}
_CITIES = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(_CITY_ZONE, key=len, reverse=True)) + r")\b")
# The same names with no group, written one alternative per first character: a whole body is read for them at its
# capitals, where _CITIES, opening on a word boundary, is tried at every character.
_CITY_NAMES = led_by_first(_CITIES.pattern.replace("(", "(?:", 1))
_OUTLET_ZONE = {name: zone for zone, names in _OUTLETS.items() for name in names.split("|")}
_DOMAIN = re.compile(r"(?:[a-z]+://)?[^/\s]*\.([A-Za-z]{2})(?::\d+)?(?:/|$)")
_VIEWERS_CITY = led_by_first(r"\b(?:[Vv]iewers|[Aa]udiences|[Rr]esidents|[Hh]ouseholds|[Ff]ans)\s+(?:in|around|across)\s+"
                             r"(?:the\s+)?"
                             + _CITIES.pattern.removeprefix(r"\b") + r"|" + _CITIES.pattern
                             + r"(?:[- ]area)?\s+(?:viewers|audiences|residents|fans|households)\b")


# Countries with one zone (or one that national schedules are given in), as a sentence names its viewers:
# `in the UK`; and the words for their people, `Indian viewers`.
_COUNTRIES = {
    "Europe/London": "the UK|the United Kingdom|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|UK",
    "Europe/Dublin": "Ireland",
    "Asia/Kolkata": "India",
    "Asia/Singapore": "Singapore",
    "Asia/Kuala_Lumpur": "Malaysia",
    "Asia/Manila": "the Philippines",
    "Asia/Hong_Kong": "Hong Kong",
    "Asia/Tokyo": "Japan",
    "Asia/Seoul": "South Korea|Korea",
    "Australia/Sydney": "Australia",
    "Pacific/Auckland": "New Zealand|NZ",
    "Europe/Berlin": "Germany",
    "Europe/Paris": "France",
    "Europe/Amsterdam": "the Netherlands",
    "Africa/Johannesburg": "South Africa",
    "Africa/Lagos": "Nigeria",
    # one zone each
    "America/Santiago": "Chile",
    "America/Argentina/Buenos_Aires": "Argentina",
    "America/Bogota": "Colombia",
    "America/Lima": "Peru",
    "Europe/Oslo": "Norway",
    "Europe/Stockholm": "Sweden",
    "Europe/Copenhagen": "Denmark",
    "Europe/Helsinki": "Finland",
    "Europe/Madrid": "Spain",
    "Europe/Rome": "Italy",
    "Europe/Lisbon": "Portugal",
    "Europe/Istanbul": "Turkey|Türkiye",
    "Europe/Warsaw": "Poland",
    "Europe/Prague": "the Czech Republic|Czechia",
    "Europe/Vilnius": "Lithuania",
    "Europe/Riga": "Latvia",
    "Europe/Tallinn": "Estonia",
    "Europe/Vienna": "Austria",
    "Europe/Brussels": "Belgium",
    "Asia/Bangkok": "Thailand",
    "America/Mexico_City": "Mexico",  # (its other zones hold few viewers: listings give Mexico City's time)
    # beyond the usual markets: as a listings round-up names the country of each channel (`Qatar's Al Rayyan`)
    "America/Sao_Paulo": "Brazil",
    "America/Montevideo": "Uruguay",
    "America/Guayaquil": "Ecuador",
    "America/Asuncion": "Paraguay",
    "Atlantic/Reykjavik": "Iceland",
    "Atlantic/Faroe": "the Faroe Islands|the Faroes",
    "Asia/Qatar": "Qatar",
    "Asia/Karachi": "Pakistan",
    "Asia/Dubai": "the UAE|the United Arab Emirates",
    "Africa/Cairo": "Egypt",
    "Africa/Casablanca": "Morocco",
    "Africa/Kampala": "Uganda",
    "Africa/Addis_Ababa": "Ethiopia",
    "Africa/Lusaka": "Zambia",
    "Africa/Accra": "Ghana",
    "Africa/Nairobi": "Kenya",
}
# Countries whose name is also a person's (`Jordan`, `Israel`): a country's zone, but no place to the person check.
_ALSO_PEOPLE = {"Asia/Amman": "Jordan", "Asia/Jerusalem": "Israel"}
# From Chile on, words for a country's people that also name a language ("in Spanish") are left out.
_NATIONALITIES = {
    "Europe/London": "British", "Europe/Dublin": "Irish", "Asia/Kolkata": "Indian", "Asia/Singapore": "Singaporean",
    "Asia/Kuala_Lumpur": "Malaysian", "Asia/Manila": "Filipino|Philippine", "Asia/Tokyo": "Japanese",
    "Asia/Seoul": "Korean", "Australia/Sydney": "Australian", "Pacific/Auckland": "Kiwi", "Europe/Berlin": "German",
    "Europe/Paris": "French", "Europe/Amsterdam": "Dutch", "Africa/Johannesburg": "South African",
    "Africa/Lagos": "Nigerian", "America/Santiago": "Chilean",
    "America/Argentina/Buenos_Aires": "Argentine|Argentinian", "America/Bogota": "Colombian",
    "America/Lima": "Peruvian", "Atlantic/Faroe": "Faroese", "America/Mexico_City": "Mexican",
}
# Countries with one zone by their two-letter codes: as pan-regional channels' times name them (`9.05pm (PH)`), and
# as an outlet's web address ends.
COUNTRY_CODES = {"SG": "Asia/Singapore", "MY": "Asia/Kuala_Lumpur", "PH": "Asia/Manila", "HK": "Asia/Hong_Kong",
                 "TH": "Asia/Bangkok", "ID": "Asia/Jakarta", "IN": "Asia/Kolkata", "UK": "Europe/London",
                 "IE": "Europe/Dublin", "NZ": "Pacific/Auckland", "KR": "Asia/Seoul", "JP": "Asia/Tokyo",
                 "TW": "Asia/Taipei", "VN": "Asia/Ho_Chi_Minh", "ZA": "Africa/Johannesburg", "NG": "Africa/Lagos",
                 "KE": "Africa/Nairobi", "PK": "Asia/Karachi", "FR": "Europe/Paris", "IT": "Europe/Rome",
                 "ES": "Europe/Madrid", "AT": "Europe/Vienna", "CH": "Europe/Zurich", "BE": "Europe/Brussels",
                 "NL": "Europe/Amsterdam", "DE": "Europe/Berlin", "DK": "Europe/Copenhagen", "SE": "Europe/Stockholm",
                 "NO": "Europe/Oslo", "FI": "Europe/Helsinki"}
_COUNTRY_ZONE = {name: zone for table in (_COUNTRIES, _NATIONALITIES, _ALSO_PEOPLE) for zone, names in table.items()
                 for name in names.split("|")}
# Capitals and big cities beyond those above, and the words for a people that also name a language: only ever read
# as `<name> time` beside a clock (`9pm Paris time`, `20:00 Turkish time`), never as where viewers or an outlet are.
_TIME_PLACES = {
    "Europe/Paris": "Paris|French", "Europe/Madrid": "Madrid|Barcelona|Spanish|Spain", "Europe/Rome": "Rome|Italian",
    "Europe/Berlin": "Berlin|Munich|Hamburg|Cologne", "Europe/Amsterdam": "Amsterdam",
    "Europe/Brussels": "Brussels|Belgium|Belgian",
    "Europe/Vienna": "Vienna|Austria|Austrian", "Europe/Zurich": "Zurich|Geneva|Switzerland|Swiss",
    "Europe/Lisbon": "Lisbon|Portuguese", "Europe/Stockholm": "Stockholm|Swedish", "Europe/Oslo": "Oslo|Norwegian",
    "Europe/Copenhagen": "Copenhagen|Danish", "Europe/Helsinki": "Helsinki|Finnish",
    "Europe/Warsaw": "Warsaw|Poland|Polish", "Europe/Prague": "Prague|Czech",
    "Europe/Budapest": "Budapest|Hungary|Hungarian", "Europe/Athens": "Athens|Greece|Greek",
    "Europe/Bucharest": "Bucharest|Romania|Romanian", "Europe/Istanbul": "Istanbul|Ankara|Turkish",
    "Europe/Moscow": "Moscow|Russia|Russian", "Europe/Kyiv": "Kyiv|Kiev|Ukraine|Ukrainian",
    "Asia/Jerusalem": "Tel Aviv|Jerusalem|Israeli", "Asia/Beirut": "Beirut|Lebanon|Lebanese",
    "Asia/Riyadh": "Riyadh|Jeddah|Saudi Arabia", "Asia/Dubai": "Dubai|Abu Dhabi|Emirati|Gulf", "Asia/Qatar": "Doha",
    "Africa/Cairo": "Cairo", "Africa/Lagos": "Lagos|Abuja", "Africa/Nairobi": "Nairobi", "Africa/Accra": "Accra",
    "Africa/Johannesburg": "Johannesburg|Cape Town|Durban", "Africa/Casablanca": "Casablanca|Rabat|Moroccan",
    "Africa/Addis_Ababa": "Addis Ababa|Ethiopian", "Asia/Karachi": "Karachi|Lahore|Islamabad|Pakistani",
    "Asia/Dhaka": "Dhaka|Bangladesh", "Asia/Kathmandu": "Kathmandu|Nepal", "Asia/Colombo": "Colombo|Sri Lanka",
    "Asia/Shanghai": "Beijing|Shanghai|China|Chinese", "Asia/Taipei": "Taipei|Taiwan", "Asia/Tokyo": "Tokyo|Osaka",
    "Asia/Seoul": "Seoul", "Asia/Bangkok": "Thailand", "Asia/Ho_Chi_Minh": "Hanoi|Ho Chi Minh City|Vietnam",
    "Asia/Jakarta": "Jakarta|Indonesia|Indonesian", "America/Mexico_City": "Mexico|Mexican",
    "America/Sao_Paulo": "São Paulo|Sao Paulo|Rio|Rio de Janeiro|Brazilian", "America/Bogota": "Bogotá|Bogota",
    "America/Lima": "Lima", "America/Santiago": "Santiago", "America/Argentina/Buenos_Aires": "Buenos Aires",
    "America/Caracas": "Caracas|Venezuela|Venezuelan", "Australia/Perth": "Western Australia|WA",
    "Australia/Adelaide": "South Australia|Adelaide", "Australia/Darwin": "Northern Territory",
    "Australia/Hobart": "Tasmania|Tasmanian", "America/Puerto_Rico": "Puerto Rico",
}
# `<place> time` beside a clock -> its zone, for every city, country and people these tables know.
PLACE_TIMES = {f"{name.removeprefix('the ')} time": zone
               for table in (CITY_ZONES, _COUNTRIES, _NATIONALITIES, _ALSO_PEOPLE, _TIME_PLACES)
               for zone, names in table.items() for name in names.split("|")}
# The cities and countries these tables know, as a name writes them (`St. Louis`, `United Kingdom`): no person's name.
PLACE_NAMES = frozenset(name.removeprefix("the ") for table in (CITY_ZONES, _COUNTRIES) for names in table.values()
                        for name in names.split("|"))
COUNTRY_NAMES = "|".join(re.escape(c) for c in sorted(_COUNTRY_ZONE, key=len, reverse=True))
_VIEWERS_COUNTRY = re.compile(r"\b(?:[Ii]n|[Aa]cross|for\s+viewers\s+in)\s+(" + COUNTRY_NAMES + r")\b(?![- ]born)|"
                              # (`Lithuania: LRT will air it…`, `**UK:** BBC One…`: a line's label, where it opens)
                              r"\b(" + COUNTRY_NAMES + r")(?:\s+(?:viewers|audiences|fans|subscribers|time)\b|['’]s\s|"
                              r"(?=[*_]{0,3}:\s))|"
                              # `The Japanese version airs…`: a version named by its country is watched there
                              r"\b[Tt]he\s+(" + COUNTRY_NAMES + r")\s+(?:version|original|broadcast|edition)\b(?=\s+"
                              r"(?:airs|is|will|goes|runs|screens|broadcasts))")
_NEAR = 20  # characters between a country's viewers and the clock or channel they watch at
# `filmed in Ireland`, `based in the UK`: the country of something other than the viewers.
_NOT_VIEWERS = re.compile(r"\b(?:filmed|shot|set|born|based|lives?|lived|made|recorded|raised|up|moved|works?|"
                          r"worked|stays?|stayed|location|holiday|vacation)\s*$", re.I)


def viewers_country(text: str, near: tuple[int, ...]) -> str | None:
    """The zone of the one country `text` says viewers are in (`in the UK`, `Indian viewers`), named leading the
    text or within a few words of one of the places `near` (a clock, a channel): not `filmed in Ireland`."""
    zones = {_COUNTRY_ZONE[m.group(1) or m.group(2) or m.group(3)] for m in _VIEWERS_COUNTRY.finditer(text)
             if (m.start() < 3 or m.group(3) or any(m.start() - _NEAR <= at <= m.end() + _NEAR for at in near))
             and not _NOT_VIEWERS.search(text, max(0, m.start() - 20), m.start())}
    return zones.pop() if len(zones) == 1 else None


_ANY_COUNTRY = re.compile(r"\b(" + COUNTRY_NAMES + r")\b")


def named_country(text: str) -> str | None:
    """The zone of the one country `text` names, by its name or its people's (`the Faroese drama`), if only one."""
    zones = {_COUNTRY_ZONE[m.group(1)] for m in _ANY_COUNTRY.finditer(text)}
    return zones.pop() if len(zones) == 1 else None


def places_named(text: str) -> list[tuple[int, str]]:
    """Where `text` names a country (or its people) or a city, with its zone, in order."""
    return sorted([(m.start(), _COUNTRY_ZONE[m.group(1)]) for m in _ANY_COUNTRY.finditer(text)]
                  + [(m.start(), _CITY_ZONE[m.group(1)]) for m in _CITIES.finditer(text)])


def country_zone(name: str) -> str | None:
    """The zone of a country by the name `COUNTRY_NAMES` matched (`Morocco`), if it has one."""
    return _COUNTRY_ZONE.get(name)


def city_zone(text: str) -> str | None:
    """The zone of the first city `text` names, if any."""
    m = _CITIES.search(text)
    return _CITY_ZONE[m.group(1)] if m else None


# A city written right beside a channel: `CTV Vancouver`, `NBC 5 Chicago`, `Channel 5 in Las Vegas`, `KTVX (Salt Lake
# City)`, and before it, `Chicago's WGN`.
_CITY_AFTER = re.compile(r"(?:\s*-?\s*\d{1,2})?(?:\s+|,\s*|\s+in\s+|\s*\(\s*)" + _CITIES.pattern)
_CITY_BEFORE = re.compile(_CITIES.pattern + r"['’]s\s+$")


def beside_city(text: str, start: int, end: int) -> str | None:
    """The zone of a city written right after or right before `text[start:end]` (a channel's name), if any."""
    m = _CITY_AFTER.match(text, end) or _CITY_BEFORE.search(text, max(0, start - 30), start)
    return _CITY_ZONE[m.group(1)] if m else None


def viewers_city(text: str) -> str | None:
    """The zone of the one city `text` says its viewers are in (`Seattle viewers`, `viewers in Tulsa`), if any."""
    zones = {_CITY_ZONE[m.group(1) or m.group(2)] for m in _VIEWERS_CITY.finditer(text)}
    return zones.pop() if len(zones) == 1 else None


def outlet_zone(outlet: str | None, url: str | None = None) -> str | None:
    """The zone an outlet publishes in: a city in its name, a known outlet's country, or its web address's."""
    home = (city_zone(outlet) or _OUTLET_ZONE.get(outlet.strip())) if outlet else None
    domain = _DOMAIN.match(url) if url and not home else None
    return home or (COUNTRY_CODES.get(domain.group(1).upper()) if domain else None)


# `NEW YORK, Sept. 30 —`, `CHICAGO (AP) -`, `KUALA LUMPUR: `, `<p><strong>BANGKOK</strong> – `: the city a piece was
# written in, leading its body.
_DATELINE = re.compile(r"(?:[\s*_#]|<[a-z]{1,6}>)*([A-Z][A-Z.'’ ]{2,30}?)(?:,\s*[A-Z][A-Za-z.]+)?(?:[\s*_]|</[a-z]{1,6}>)*"
                       r"(?:\([A-Z]+\))?[\s*_]*"
                       r"(?:,|—|–|-\s|:\s)")


def dateline_zone(body: str) -> str | None:
    """The zone of the city in the dateline `body` opens with, or its second paragraph does (under a byline), if any."""
    second = body.find("\n\n", 0, _BYLINE_REACH)
    dateline = _DATELINE.match(body) or (_DATELINE.match(body, second) if second != -1 else None)
    return city_zone(dateline.group(1).title()) if dateline else None


_BYLINE_REACH = 300  # characters of a body's first paragraph (a byline, `By X | Outlet | date`) before its dateline


def place_zone(body: str, outlet: str | None = None, url: str | None = None) -> str | None:
    """The zone of the place an article says it comes from: its outlet (name, country, web address) or dateline."""
    return outlet_zone(outlet, url) or dateline_zone(body)


def named_cities_zone(body: str) -> str | None:
    """The zone of the cities `body` names, when they all share one (`A Seattle native…`): a local paper names its
    own city, so a station of its own that nothing else places is there. Weaker than the outlet or the dateline."""
    zones = {_CITY_ZONE[m.group(0)] for m in _CITY_NAMES.finditer(body)}
    return zones.pop() if len(zones) == 1 else None
