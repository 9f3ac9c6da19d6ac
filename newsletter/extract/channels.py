"""Networks, channels, stations and streaming services, with the time zone their listings are in.

A US network's listings are in Eastern time unless the text names a zone; a
local station's are in its city's zone; a channel elsewhere is in its country's
zone. Streaming services are marked: their releases are `streaming`, not airings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Iterator

from .places import NEW_YORK, city_zone, place_zone, viewers_city
from .scan import led_by_first, literal_starts
from .when import any_literal, literal_trie

# Zone -> broadcast and cable channels whose schedules are given in it, `|`-separated as written in text.
_CHANNELS = {
    NEW_YORK: (
        "ABC|CBS|NBC|FOX|Fox|The CW|CW|PBS|UPN|The WB|WB|ION|MyNetworkTV|Telemundo|Univision|UniMás|HBO|HBO2|Cinemax|"
        "Showtime|Starz|Encore|Epix|MGM+|AMC|FX|FXX|FXM|USA Network|USA|TNT|TBS|truTV|TruTV|Syfy|SyFy|Sci Fi Channel|"
        "Sci-Fi Channel|Bravo|E!|Lifetime|LMN|Lifetime Movie Network|Hallmark Channel|Hallmark Movies & Mysteries|"
        "Hallmark|A&E|History|History Channel|The History Channel|Discovery|Discovery Channel|TLC|Animal Planet|"
        "Food Network|HGTV|Travel Channel|National Geographic|National Geographic Channel|Nat Geo|Nat Geo Wild|"
        "Freeform|ABC Family|Comedy Central|MTV|MTV2|VH1|CMT|BET|OWN|Oxygen|WE tv|WEtv|Paramount Network|Spike|"
        "Spike TV|"
        "Nickelodeon|Nick at Nite|Nick Jr.|Cartoon Network|Adult Swim|Disney Channel|Disney XD|Disney Junior|IFC|"
        "Sundance Channel|SundanceTV|BBC America|CNN|HLN|Fox News|Fox News Channel|MSNBC|CNBC|ESPN|ESPN2|FS1|NBCSN|"
        "Golf Channel|Outdoor Channel|Magnolia Network|DIY Network|Investigation Discovery|Science Channel|"
        "Smithsonian Channel|Reelz|ReelzChannel|Ovation|Pop|Pop TV|GSN|Game Show Network|Logo|Fuse|TV Land|C-SPAN|"
        "NY1|WGN America|Universal HD|mun2|Mun2|Chiller|Cloo|Sleuth|G4|Esquire Network|Style Network|Current TV|"
        "Crime & Investigation|Destination America|Lifetime Real Women|Ion Television|CBS Television Network|"
        "NBC News|ABC News|CBS News|Fox Business|Bloomberg TV|Cozi TV|MeTV|Antenna TV|Decades|Heroes & Icons|"
        "Great American Family|UP TV|INSP|TCM|Turner Classic Movies|Audience Network|DirecTV|Fox Sports 1|"),
    "America/Toronto": (
        "CTV|CTV Drama Channel|CTV Sci-Fi Channel|CTV Comedy Channel|Global|Global TV|CBC|CBC Television|Citytv|"
        "Space|Showcase|W Network|Super Channel|YTV|Teletoon|TVA|Radio-Canada|Télé-Québec|TVO|Omni|OMNI|Slice|"
        "HGTV Canada|Much|MuchMusic|Bravo Canada|Bravo!|History Canada|Discovery Canada|CMT Canada|Makeful|Séries+|"
        "Crave TV|The Movie Network|TMN|A Channel|E! Canada|City|CTV Two|CTV 2|CTV Sci-Fi|Gusto|APTN|CHCH|Noovo|"
        "ICI Radio-Canada Télé|Télétoon|Historia|Vision TV|"),
    "America/Halifax": "CTV Atlantic|Global Maritimes|CBC Nova Scotia|",
    "America/St_Johns": "CBC Newfoundland|NTV Newfoundland|",
    "Europe/London": (
        "BBC One|BBC1|BBC 1|BBC Two|BBC2|BBC 2|BBC Three|BBC3|BBC Four|BBC4|BBC Scotland|BBC Alba|BBC News|ITV|ITV1|"
        "ITV2|ITV3|ITV4|ITVBe|ITV Encore|Channel 4|E4|More4|Film4|4seven|Channel 5|Channel Five|5USA|5Star|5Action|"
        "Sky One|Sky1|Sky 1|Sky Atlantic|Sky Max|Sky Showcase|Sky Witness|Sky Living|Sky Comedy|Sky Crime|Sky Arts|"
        "Sky Sci-Fi|Sky Documentaries|Sky Nature|Sky Cinema|Sky Premiere|Sky Two|Sky Sports|Dave|Gold|UKTV Gold|"
        "Alibi|Eden|Yesterday|W|Pick|Pick TV|Really|Quest|Blaze|Comedy Central UK|Universal TV|Syfy UK|Fox UK|"
        "CBS Justice|CBS Reality|CBS Drama|Sony Channel|Sony TV|S4C|STV|UTV|Drama|U&Drama|U&Dave|U&Alibi|U&W|"
        "U&Gold|U&Yesterday|Watch|Five|Living|Living TV|Bravo UK|Paramount Comedy|Virgin 1|Hallmark UK|BBC Wales|"
        "BBC Northern Ireland|BBC One Wales|BBC One Scotland|ITV Wales|Sky History|Quest Red|PBS America|"),
    "Europe/Dublin": ("RTÉ One|RTE One|RTÉ1|RTÉ Two|RTÉ2|RTE2|RTÉ|RTE|Virgin Media One|Virgin Media Two|"
                      "Virgin Media Three|TV3 Ireland|TG4|"),
    "Europe/Berlin": (
        "Das Erste|ARD|ZDF|ZDFneo|RTL|RTL II|RTL Zwei|RTL2|RTLup|RTL Nitro|Nitro|VOX|ProSieben|Pro7|Sat.1|SAT.1|"
        "kabel eins|Kabel 1|Kabel eins|Tele 5|TELE 5|3sat|Sixx|sixx|Super RTL|ServusTV|Sky Deutschland|WDR|NDR|BR|"
        "SWR|MDR|hr-fernsehen|rbb|ZDFinfo|ProSieben Maxx|Sat.1 Gold|13th Street|Syfy Deutschland|"),
    "Europe/Vienna": "ORF 1|ORF1|ORF eins|ORF 2|ORF2|ATV|Puls 4|PULS 4|",
    "Europe/Zurich": "SRF 1|SRF1|SRF zwei|SRF 2|3+|RTS Un|RTS Deux|RSI LA1|",
    "Europe/Amsterdam": (
        "NPO 1|NPO 2|NPO 3|NPO1|NPO2|NPO3|Nederland 1|Nederland 2|Nederland 3|RTL 4|RTL 5|RTL 7|RTL 8|RTL4|RTL5|RTL7|"
        "RTL8|SBS6|SBS 6|SBS9|SBS 9|Veronica|Net5|NET 5|Yorin|"),
    "Europe/Brussels": "VTM|VTM 2|Eén|één|Een|Canvas|VIER|Play4|VIJF|La Une|La Deux|RTL-TVI|Club RTL|Plug RTL|",
    "Europe/Copenhagen": (
        "DR1|DR 1|DR2|DR 2|DR3|DR Ramasjang|TV 2|TV2|TV 2 Zulu|TV 2 Charlie|TV 2 Fri|TV3+|TV3 Puls|Kanal 4|Kanal 5|"
        "6'eren|6’eren|Canal 9|TV3 Max|"),
    "Europe/Oslo": "NRK1|NRK 1|NRK2|NRK3|TVNorge|TV 2 Norge|TV 2 Zebra|FEM|TV3 Norge|",
    "Europe/Stockholm": "SVT1|SVT 1|SVT2|SVT 2|SVT24|TV4|TV4 Plus|Sjuan|TV6|TV8|TV10|Kanal 9|Kanal 11|TV3 Sverige|",
    "Europe/Helsinki": "Yle TV1|Yle TV2|Yle Teema|MTV3|MTV Katsomo|Nelonen|Sub|Jim|Liv|Hero|",
    "Europe/Paris": (
        "TF1|France 2|France 3|France 4|France 5|M6|Canal+|Canal Plus|W9|TMC|C8|TFX|6ter|Arte|ARTE|NRJ 12|"
        "Série Club|TV Breizh|Téva|"),
    "Europe/Rome": "Rai 1|Rai Uno|RaiUno|Rai 2|Rai Due|Rai 3|Rai Tre|Rai 4|Canale 5|Italia 1|Rete 4|La7|Fox Italia|",
    "Europe/Madrid": "La 1|TVE|TVE1|La 2|Antena 3|Cuatro|Telecinco|laSexta|La Sexta|Movistar+|Neox|Nova|",
    "Europe/Lisbon": "RTP1|RTP 1|RTP2|SIC|TVI|",
    "Europe/Warsaw": "TVP1|TVP 1|TVP2|TVP 2|Polsat|TVN|TVN7|TV4 Polska|",
    "Europe/Prague": "ČT1|CT1|Nova|Prima|",
    "Europe/Athens": "ERT1|Mega Channel|ANT1|Alpha TV|Star Channel|",
    "Europe/Istanbul": "TRT 1|Kanal D|Show TV|Star TV|ATV Türkiye|",
    "Australia/Sydney": (
        "Nine Network|Channel Nine|Nine|Seven Network|Channel Seven|Seven|Network Ten|Network 10|Channel Ten|"
        "Channel 10|Ten|SBS|SBS One|ABC TV|ABC1|ABC2|Foxtel|Fox8|FOX8|7mate|7TWO|9Go!|9Gem|GO!|GEM|Eleven|10 Peach|"
        "10 Bold|10 Shake|Showcase Australia|UKTV Australia|SBS Viceland|ABC Kids|ABC ME|"),
    "Pacific/Auckland": "TVNZ 1|TVNZ1|TVNZ 2|TVNZ2|TV One|TV ONE|Three|TV3 New Zealand|Prime TV|Sky NZ|Bravo NZ|",
    "Asia/Singapore": (
        "AXN|AXN Asia|HBO Asia|Star World|STAR World|Channel 8|Channel U|Suria|Vasantham|Okto|Mediacorp Channel 5|"
        "CNA|Channel NewsAsia|Diva Universal|Universal Channel|Warner TV|Lifetime Asia|FOX Asia|Fox Asia|Fox Crime|"
        "FX Asia|"
        "Sony Channel Asia|"
        "KIX|Animax|E! Asia|Hallmark Asia|Star Movies|Cinemax Asia|"),
    "Asia/Kuala_Lumpur": "TV3 Malaysia|ntv7|8TV|RTM|TV1 Malaysia|TV2 Malaysia|Astro Ria|Astro Prima|Astro AEC|",
    "Asia/Hong_Kong": "TVB|TVB Jade|TVB Pearl|Jade|Pearl|ViuTV|ATV Home|Cable TV Hong Kong|",
    "Asia/Tokyo": "NHK|NHK General|NHK BS|Fuji TV|Nippon TV|TV Asahi|TV Tokyo|TBS Japan|WOWOW|",
    "Asia/Seoul": "KBS|KBS1|KBS2|KBS 2TV|MBC|SBS Korea|tvN|JTBC|OCN|Mnet|ENA|TV Chosun|MBN|Channel A|",
    "Asia/Dubai": "MBC 1|MBC1|MBC 4|MBC4|MBC Drama|Dubai One|Dubai TV|Abu Dhabi TV|OSN|OSN Series|",
    "Asia/Manila": "AXN Philippines|ABS-CBN|GMA|GMA Network|TV5 Philippines|Kapamilya Channel|",
    "Asia/Kolkata": ("Star Plus|StarPlus|Zee TV|Sony Entertainment Television|Colors TV|Colors|Star Bharat|"
                     "Doordarshan|Sony SAB|SAB TV|Sony Max|Zee Café|Zee Cafe|&TV|Star Vijay|Sun TV|Asianet|"
                     "Star Jalsha|Zee Marathi|"),
    "Asia/Jakarta": "RCTI|SCTV|Trans TV|Indosiar|",
    "Asia/Bangkok": "Channel 3 Thailand|Channel 7 Thailand|Workpoint TV|",
    "Asia/Taipei": "TTV|CTS|FTV|",
    "Asia/Jerusalem": "Kan 11|Keshet 12|Reshet 13|HOT|yes TV|",
    "Africa/Johannesburg": "SABC 1|SABC1|SABC 2|SABC2|SABC 3|SABC3|e.tv|M-Net|Mzansi Magic|DStv|",
    "America/Sao_Paulo": "Globo|TV Globo|Rede Globo|SBT|Record TV|Band|",
    "America/Mexico_City": "Televisa|Las Estrellas|Canal 5 Mexico|Azteca|Azteca 7|Azteca Uno|Imagen TV|",
    "America/Argentina/Buenos_Aires": "Telefe|El Trece|Canal 13 Argentina|",
    "America/Bogota": "Caracol|Caracol TV|RCN|",
}

# Zone a release time is given in, when one is -> services whose releases are `streaming`.
_STREAMERS = {
    NEW_YORK: (
        "Netflix|Hulu|Prime Video|Amazon Prime Video|Amazon Prime|Amazon Video|Amazon Instant Video|Amazon|Freevee|"
        "IMDb TV|Disney+|Disney Plus|Apple TV+|Apple TV Plus|Apple TV|HBO Max|Max|HBO Now|HBO Go|Peacock|"
        "Paramount+|Paramount Plus|CBS All Access|AMC+|Shudder|Acorn TV|BritBox|Tubi|Pluto TV|The Roku Channel|"
        "YouTube|YouTube Premium|YouTube Red|YouTube TV|Crunchyroll|Funimation|Showtime Anytime|Crackle|Vudu|"
        "Discovery+|discovery+|ESPN+|BET+|Fubo|fuboTV|Sling|Sling TV|Philo|Mubi|MUBI|The Criterion Channel|Kanopy|"
        "Quibi|Hallmark Movies Now|Sundance Now|Topic|Starz app|Showtime app|iTunes|Frndly TV|Hoopla|Xumo|"
        "Watch Instantly|Netflix Watch Instantly|cbs.com|CBS.com|nbc.com|NBC.com|abc.com|ABC.com|fox.com|FOX.com|"
        "cwtv.com|CWTV.com|pbs.org|PBS.org|hulu.com|Hulu.com|netflix.com|Netflix.com|amc.com|AMC.com|fxnow|FXNOW|"
        "FX on Hulu|Hulu on Disney+|Vimeo|Twitch|"),
    "America/Toronto": "Crave|CBC Gem|Global TV App|Global TV app|CTV.ca|ctv.ca|CTV app|Citytv+|ICI TOU.TV|ICI Tou.tv|"
                       "Tou.tv|TOU.TV|Club illico|Noovo.ca|",
    "Europe/London": (
        "BBC iPlayer|iPlayer|ITVX|ITV Hub|ITV Player|All 4|All4|Channel 4 streaming|My5|Now TV|NOW TV|NOW|Sky Go|"
        "UKTV Play|BritBox UK|Hayu|hayu|STV Player|S4C Clic|Channel 4 app|4oD|ITVX Premium|BBC iPlayer app|"),
    "Europe/Dublin": "RTÉ Player|RTE Player|Virgin Media Player|TG4 Player|",
    "Europe/Berlin": ("Joyn|RTL+|TVNOW|TV Now|ZDFmediathek|ZDF Mediathek|ZDF-Mediathek|ARD Mediathek|ARD-Mediathek|"
                      "ARD Mediathek app|3sat Mediathek|Arte Mediathek|WOW|Sky Ticket|MagentaTV|"),
    "Europe/Vienna": "ORF-TVthek|ORF TVthek|ORF ON|Flimmit|",
    "Europe/Zurich": "Play Suisse|Play SRF|SRF Play|",
    "Europe/Brussels": "VRT MAX|VRT Max|VRT NU|VTM GO|VTM Go|GoPlay|Streamz|Auvio|RTBF Auvio|",
    "Europe/Oslo": "NRK TV|TV 2 Play Norge|",
    "Europe/Stockholm": "SVT Play|TV4 Play|",
    "Europe/Helsinki": "Yle Areena|Areena|Ruutu|Ruutu+|",
    "Europe/Madrid": "RTVE Play|Atresplayer|ATRESplayer|Mitele|Movistar Plus+|Filmin|",
    "Europe/Lisbon": "RTP Play|OPTO|",
    "Europe/Warsaw": "Player.pl|TVP VOD|Polsat Box Go|",
    "Europe/Prague": "Voyo|iVysílání|",
    "Europe/Amsterdam": "Videoland|NPO Start|NLZIET|",
    "Europe/Copenhagen": "TV 2 Play|DR TV|DRTV|Viaplay|C More|HBO Nordic|",
    "Europe/Paris": "Salto|France.tv|france.tv|myCANAL|Canal+ app|TF1+|MYTF1|6play|M6+|Arte.tv|arte.tv|OCS|",
    "Europe/Rome": "RaiPlay|Mediaset Infinity|TIMvision|",
    "Australia/Sydney": ("Stan|Binge|Foxtel Now|Foxtel Go|Kayo|10 Play|10play|9Now|7plus|SBS On Demand|ABC iview|"
                         "ABC iView|iview|"),
    "Pacific/Auckland": "TVNZ+|TVNZ OnDemand|ThreeNow|Neon|",
    "Asia/Singapore": "Viu|iQiyi|iQIYI|meWATCH|mewatch|Toggle|HBO Go Asia|WeTV|Catchplay+|CATCHPLAY+|",
    "Asia/Kuala_Lumpur": "Astro GO|Astro Go|sooka|Sooka|Tonton|",
    "Asia/Manila": "iWantTFC|iWant TFC|Vivamax|",
    "Asia/Hong_Kong": "myTV SUPER|myTV Super|",
    "Asia/Tokyo": "U-Next|U-NEXT|TVer|Abema|ABEMA|Hulu Japan|Lemino|NHK+|NHK Plus|",
    "Asia/Seoul": "TVING|Tving|Wavve|wavve|Coupang Play|Watcha|",
    "Asia/Jakarta": "Vidio|Vision+|RCTI+|",
    "Asia/Bangkok": "TrueID|",
    "Asia/Dubai": "Shahid|Shahid VIP|OSN+|StarzPlay|STARZPLAY|",
    "Africa/Johannesburg": "Showmax|DStv Now|DStv Stream|SABC Plus|SABC+|",
    "America/Mexico_City": "ViX|Vix|Blim TV|",
    "Asia/Kolkata": ("Hotstar|Disney+ Hotstar|JioHotstar|JioCinema|ZEE5|SonyLIV|Voot|MX Player|Amazon miniTV|ALTBalaji|"
                     "Eros Now|Sun NXT|"),
    "America/Sao_Paulo": "Globoplay|",
}

# Names that are also ordinary words or surnames: a channel only in a listing or after "on" (`on Watch at 9pm`,
# `(CSI, Five, 9pm)`), never `Jorja Fox,` or `the five episodes`.
_GUARDED = frozenset(
    "Fox|FOX|Five|Watch|W|Dave|Gold|Drama|Eden|Yesterday|Pick|Really|Quest|Blaze|Living|Global|City|Space|Showcase|"
    "Nine|Seven|Ten|Three|Eleven|Sub|Jim|Liv|Hero|Nova|Band|Prima|Jade|Pearl|Much|History|Discovery|Logo|Pop|Fuse|"
    "Oxygen|Encore|Max|NOW|Colors|Gusto|Historia|City|Neon|Stan|Binge|Topic|Amazon|Apple TV|Sling|Toggle|Twitch|"
    "Global TV|Omni|HOT|"
    "Lifetime|Starz|Bravo|Showtime|Epix|Sundance Channel|Decades|Living TV|Canvas|Een|Crave|Hallmark|GEM|GO!|"
    "Slice|Eleven|Three|Liv|Star TV|Show TV|Mega Channel|Record TV|Caracol|Kanopy|Philo|Quibi|Vudu|Areena|OPTO|Vix|"
    "Channel A|Tonton|Ruutu|Auvio".split("|"))

# Pay-TV platforms that say which country a pan-regional channel (AXN, HBO Asia) is watched in.
PLATFORM_ZONES = {
    "StarHub": "Asia/Singapore", "Singtel": "Asia/Singapore", "mio TV": "Asia/Singapore", "Mediacorp": "Asia/Singapore",
    "Astro": "Asia/Kuala_Lumpur", "Unifi TV": "Asia/Kuala_Lumpur", "HyppTV": "Asia/Kuala_Lumpur",
    "Sky Cable": "Asia/Manila", "Cignal": "Asia/Manila", "Indovision": "Asia/Jakarta", "First Media": "Asia/Jakarta",
    "TrueVisions": "Asia/Bangkok", "now TV": "Asia/Hong_Kong", "Foxtel": "Australia/Sydney", "Tata Sky": "Asia/Kolkata",
}

# Channels whose name and feed span a region (`AXN`): a paper in Kuala Lumpur means the Malaysian feed.
_PAN_ASIAN = frozenset("AXN|AXN Asia|HBO Asia|Star World|STAR World|Diva Universal|Universal Channel|Warner TV|"
                       "Lifetime Asia|FOX Asia|Fox Asia|Fox Crime|FX Asia|Sony Channel Asia|KIX|Animax|E! Asia|"
                       "Hallmark Asia|Star Movies|Cinemax Asia".split("|"))

# Networks whose name another country's network shares, told apart by `the` before them: Australians say `the ABC`.
_WITH_THE = {"ABC": "Australia/Sydney"}

# Local stations by call sign -> their city's zone (the big markets' network affiliates and independents).
_STATIONS = {
    NEW_YORK: ("WCBS|WNBC|WABC|WNYW|WPIX|WWOR|WNET|WLIW|WNYC|KYW|WCAU|WPVI|WTXF|WHYY|WPHL|WUSA|WRC|WJLA|WTTG|WETA|"
               "WBZ|WHDH|WCVB|WFXT|WGBH|WBTS|WSBK|WGCL|WXIA|WSB|WAGA|WFOR|WTVJ|WPLG|WSVN|WKMG|WESH|WFTV|WOFL|WTSP|"
               "WFLA|WFTS|WTVT|WOIO|WKYC|WEWS|WJW|WJZ|WBAL|WMAR|WBFF|KDKA|WPXI|WTAE|WPGH|WBTV|WSOC|WCNC|WRAL|WTVD|"
               "WBNS|WCMH|WSYX|WKRC|WLWT|WCPO|WIVB|WGRZ|WFSB|WTNH|WJAR|WTVR|WWBT|WTKR|WJXT|WTLV|WRGB|WHEC|WSTM"),
    "America/Detroit": "WWJ|WDIV|WXYZ|WJBK|WOOD",
    "America/Indiana/Indianapolis": "WTTV|WTHR|WRTV|WXIN|WISH",
    "America/Chicago": ("WBBM|WMAQ|WLS|WFLD|WGN|WTTW|WCIU|KTVT|KXAS|WFAA|KDFW|KHOU|KPRC|KTRK|KRIV|WCCO|KARE|KSTP|"
                        "KMSP|KMOV|KSDK|KDNL|KTVI|KENS|WOAI|KSAT|KABB|KEYE|KXAN|KVUE|KTBC|WTVF|WSMV|WKRN|WZTV|WWL|"
                        "WDSU|WGNO|WVUE|KCTV|KSHB|KMBC|WDAF|WDJT|WTMJ|WISN|WITI|WREG|WMC|KWTV|KFOR|KOCO|KETV|WOWT|"
                        "KCCI|WVTM|WBRC|KTHV"),
    "America/Denver": "KCNC|KUSA|KMGH|KDVR|KRQE|KOB|KOAT|KASA|KUTV|KSL|KTVX|KSTU|KKTV|KTSM|KBOI",
    "America/Phoenix": "KPHO|KPNX|KNXV|KSAZ|KOLD|KVOA",
    "America/Los_Angeles": ("KCBS|KNBC|KABC|KTTV|KTLA|KCAL|KCET|KCOP|KPIX|KNTV|KGO|KTVU|KQED|KRON|KIRO|KING|KOMO|"
                            "KCPQ|KLAS|KSNV|KTNV|KVVU|KOVR|KCRA|KXTV|KTXL|KOIN|KGW|KATU|KPTV|KFMB|KNSD|KGTV|KSWB"),
    "America/Anchorage": "KTUU|KTVA|KTBY",
    "Pacific/Honolulu": "KGMB|KHNL|KITV|KHON",
}


@dataclass(frozen=True)
class Channel:
    """A channel named in a sentence: its name there, its zone, whether it streams, and where it stands."""

    name: str
    zone: str | None
    streaming: bool
    start: int
    end: int
    placed: bool = True  # after `on`/`to`, in a listing, or leading the text: where an airing names its channel
    local: bool = False  # a local station whose city the text may name


def _table(groups: dict[str, str], streaming: bool) -> dict[str, tuple[str, bool]]:
    return {name: (zone, streaming) for zone, names in groups.items() for name in names.split("|") if name}


_KNOWN = {**_table(_CHANNELS, False), **_table(_STREAMERS, True)}
_STATION_ZONE = {sign: zone for zone, signs in _STATIONS.items() for sign in signs.split("|")}


# The character before a name is checked in Python (`_starts_word`): a look-behind first in the pattern would stop
# the engine from skipping ahead to the letters names start with, which makes the scan several times slower.
_NAME_END = r")(?![\w+]|&(?!(?:apos|quot|rsquo|#x?[0-9a-fA-F]+);)|[.-]\w)"
_NAMES = re.compile("(" + literal_trie(_KNOWN) + _NAME_END)
# The names led by a lower-case letter (`truTV`, `hulu.com`) make the engine stop at nearly every letter of a text:
# they are found by plain finds instead, and the others by a pattern that skips lower-case text (_name_matches).
_LOWER_NAMES = tuple(n for n in _KNOWN if n[:1].islower())
_UPPER_NAMES = re.compile("(" + literal_trie(n for n in _KNOWN if not n[:1].islower()) + _NAME_END)
_PLAIN_STREAMERS = [n for n, (_, s) in _KNOWN.items() if s and n not in _GUARDED]
# Capitalised names in one pattern the engine can skip lower-case text with; the few others (`hulu.com`, `iPlayer`)
# anywhere, found by their rarest characters (half the cost of a substring test for each).
_STREAMER_NAMES = re.compile("(?:" + literal_trie(n for n in _PLAIN_STREAMERS if n[:1].isupper())
                             + r")(?![\w+]|[.-]\w)")
_OTHER_STREAMERS = re.compile(any_literal(n for n in _PLAIN_STREAMERS if not n[:1].isupper()))
_GUARDED_STREAMER_ON = re.compile("(?:on|to|via) (?:"
                                  + literal_trie(n for n, (_, s) in _KNOWN.items() if s and n in _GUARDED)
                                  + r")(?![\w+]|[.-]\w)")
_GUARDED_STREAMERS = re.compile(_GUARDED_STREAMER_ON.pattern.removeprefix("(?:on|to|via) "))
_ON = ("on ", "to ", "via ")  # what _GUARDED_STREAMER_ON wants before the name
_NOT_BEFORE_NAME = frozenset(".+&'’-")
# A station: a call sign (`WKMG`, `KRQE-TV`) or a channel number (`Channel 11`, `Ch 19`), with what follows it.
_STATION = led_by_first(r"(?:([KW][A-Z]{2,3})(?:-(?:TV|DT|HD))?(?:[- ](?:Channel|TV|News|Ch\.?)\s*\d{1,2})?"
                      r"|(?:Channel|Ch\.?|Fox|CBS|NBC|ABC)\s?(\d{1,3}))(?![\w-])")
_PLATFORMS = re.compile("|".join(re.escape(p) for p in PLATFORM_ZONES))
# `on the`, `on Chicago's`, `(`, `, `: what stands before a channel where an airing names it.
_OWNER = r"(?:the\s+|[A-Z][\w.]+(?:\s[A-Z][\w.]+)?['’]s\s+|(?:[A-Z][a-z]+\s+)?(?:channel|network|station)\s+)?"
_NUMBERED = re.compile(r"Channel \d{1,2}")
_BEFORE_LISTED = re.compile(r"(?:\b(?:on|to|via|over|at|from|across|and|or|only on)|[(,;:—–\[/]|^)\s*"
                            + _OWNER + "$")
_BEFORE_ON = re.compile(r"\b(?:on|to|via|over)\s+" + _OWNER + "$")
# `available in the ARD Mediathek`, `in the ITVX app`: a streaming service one watches *in*.
_BEFORE_IN = re.compile(r"\b(?:in|inside)\s+the\s+$")
_AFTER_LISTED = re.compile(r"\s*(?:[,;)\]:—–]|$|\()")


def find_channels(text: str) -> list[Channel]:
    """Every channel, station and streaming service `text` names in a place a channel can stand, in order."""
    found = [replace(c, placed=_placed(text, c)) for c in _named(text) if _stands_as_channel(text, c)]
    starts, ends = [c.start for c in found], [c.end for c in found]
    stations = []
    for m in _STATION.finditer(text):
        if not _starts_word(text, m.start(), frozenset("-")):
            continue
        i = bisect_right(starts, m.start())
        if (i and ends[i - 1] > m.start()) or (i < len(starts) and starts[i] < m.end()):
            continue  # part of a name already read (`Channel 4`, `KRQE News 13`)
        sign, number = m.group(1), m.group(2)
        if sign and m.group(0) == sign and not _BEFORE_LISTED.search(text[max(0, m.start() - 24):m.start()]):
            continue  # four capitals alone are more often a name or an acronym (`LARRY KING`) than a station
        if number and int(number) > 99:
            continue
        zone = _STATION_ZONE.get(sign) if sign else None
        stations.append(Channel(m.group(0), zone or NEW_YORK, False, m.start(), m.end(), local=zone is None,
                                placed=_placed(text, m)))
    return sorted(found + stations, key=lambda c: c.start) if stations else found


def offered_on(text: str, c: Channel) -> bool:
    """Whether `text` puts something *on* channel `c` (`on Netflix`, `via Hulu`, `in the ARD Mediathek`), not merely
    names it."""
    before = text[max(0, c.start - 24):c.start]
    return bool(_BEFORE_ON.search(before) or c.streaming and _BEFORE_IN.search(before))


def names_streamer(text: str) -> bool:
    """Whether `text` names a streaming service anywhere (a cheap test before reading it closely); names that are
    also words (`Max`, `Stan`) only count where find_channels would take them."""
    return any(_starts_word(text, m.start()) for m in _STREAMER_NAMES.finditer(text)) \
        or bool(_OTHER_STREAMERS.search(text)) or _guarded_streamer_on(text)


def _guarded_streamer_on(text: str) -> bool:
    """Whether _GUARDED_STREAMER_ON matches in `text`, tried from each of its capitalised names rather than from
    every `on` and `to` of the text."""
    m = _GUARDED_STREAMERS.search(text)
    while m:
        if text.endswith(_ON, 0, m.start()):
            return True
        m = _GUARDED_STREAMERS.search(text, m.start() + 1)
    return False


def _name_matches(text: str) -> Iterator[re.Match]:
    """_NAMES.finditer(text). At each place only the names starting with its character can match, so the matches
    are those of _UPPER_NAMES and those _NAMES finds where a lower-case name starts, taken left to right without
    overlapping as finditer takes them."""
    lower = [m for m in (_NAMES.match(text, at) for at in literal_starts(text, _LOWER_NAMES)) if m]
    upper = _UPPER_NAMES.search(text)
    pos = i = 0
    while True:
        while i < len(lower) and lower[i].start() < pos:
            i += 1
        if upper and upper.start() < pos:
            upper = _UPPER_NAMES.search(text, pos)
        m = lower[i] if i < len(lower) and (upper is None or lower[i].start() < upper.start()) else upper
        if m is None:
            return
        yield m
        pos = m.end()


def _starts_word(text: str, at: int, also: frozenset = _NOT_BEFORE_NAME) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_" or text[at - 1] in also)


def _named(text: str):
    for m in _name_matches(text):
        if not _starts_word(text, m.start()):
            continue
        zone, streaming = _KNOWN[m.group(1)]
        yield Channel(m.group(1), zone, streaming, m.start(), m.end())


def _stands_as_channel(text: str, c: Channel) -> bool:
    """Whether a name stands where a channel does: after `on`, in a listing, or leading one."""
    before, after = text[max(0, c.start - 24):c.start], text[c.end:c.end + 12]
    possessive = after[:1] in ("'", "’")
    if c.name in _GUARDED or not c.name[:1].isupper() and not c.name[:1].isdigit() and "." not in c.name:
        return bool(_BEFORE_ON.search(before) or (before.rstrip()[-1:] in ("(", ",", ";", "/")
                                                   and _AFTER_LISTED.match(after)))
    if possessive:
        return bool(_BEFORE_ON.search(before))
    return True


def _placed(text: str, c) -> bool:
    """After `on`/`to`, or in a listing (`(Thursday, CBS, 9 p.m.)`, `CBS, Wednesdays, 10 ET/PT`); a network that
    leads a sentence as its subject (`NBC said Tuesday`) is not placed."""
    start, end = (c.start, c.end) if isinstance(c, Channel) else (c.start(), c.end())
    before, after = text[max(0, start - 24):start], text[end:end + 12]
    if after[:1] in ("'", "’"):
        return bool(_BEFORE_ON.search(before))
    if not before.strip():
        return bool(_AFTER_LISTED.match(after))
    if isinstance(c, Channel) and c.streaming and _BEFORE_IN.search(before):
        return True
    return bool(_BEFORE_LISTED.search(before) or _AFTER_LISTED.match(after))


def zone_of(channel: Channel, text: str, home: str | None = None) -> str | None:
    """The zone of `channel` as `text` places it: a pay-TV platform or a city named beside it wins; a local
    station with no city beside it is in `home` (the outlet's city) when that is known."""
    platform = _PLATFORMS.search(text)
    if platform and channel.zone and channel.zone.startswith("Asia/"):
        return PLATFORM_ZONES[platform.group(0)]
    if home and home.startswith("Asia/") and channel.name in _PAN_ASIAN:
        return home
    if channel.local:  # `Chicago's Channel 32`, `Channel 7 in Denver`: a city right beside the station, or one
        # the sentence says its viewers are in (`Seattle viewers can watch it ... on Channel 13`)
        city = city_zone(text[max(0, channel.start - 30):channel.end + 30]) or viewers_city(text)
        return city or home or channel.zone
    if text.endswith("the ", 0, channel.start) and channel.name in _WITH_THE:
        return _WITH_THE[channel.name]  # `on the ABC`: Australia's ABC (the US network goes without `the`)
    if home and _NUMBERED.fullmatch(channel.name):
        return home  # `Channel 4` in a Denver paper is a Denver station, not Britain's
    return channel.zone


def placed_by_home(channel: Channel) -> bool:
    """Whether where an article comes from can say which zone `channel` is in (zone_of's `home`)."""
    return channel.local or bool(_NUMBERED.fullmatch(channel.name)) or channel.name in _PAN_ASIAN


def home_zone(body: str, outlet: str | None = None, url: str | None = None) -> str | None:
    """The zone of the place an article comes from, for a local station or a pan-regional channel it names without
    one: the city in the outlet's name (`Houston Chronicle`) or the outlet's country (`The Irish Times`, a web
    address ending `.ie`), else its dateline's city (`DENVER —`), else that of the known local stations it names
    (`WGN`), when they all agree."""
    home = place_zone(body, outlet, url)
    if home:
        return home
    zones = {_STATION_ZONE[m.group(1)] for m in _STATION.finditer(body) if m.group(1) in _STATION_ZONE
             and _starts_word(body, m.start(), frozenset("-")) and not body.startswith(" America", m.end())}
    return zones.pop() if len(zones) == 1 else None
