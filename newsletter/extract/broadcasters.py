"""Broadcasters of the world, as world knowledge: networks, channels, local stations and streaming services with the
time zone their listings are given in, the pay-TV platforms that place a pan-regional channel, and the names that
are also ordinary words.

Tables only; channels.py finds the names in text.
"""

from __future__ import annotations

from .places import NEW_YORK

# Zone -> broadcast and cable channels whose schedules are given in it, `|`-separated as written in text.
CHANNELS = {
    NEW_YORK: (
        "ABC|CBS|NBC|FOX|Fox|The CW|CW|PBS|UPN|The WB|WB|ION|MyNetworkTV|Telemundo|Univision|UniMás|HBO|HBO2|Cinemax|"
        "Showtime|SHOWTIME|Starz|STARZ|Encore|Epix|MGM+|AMC|FX|FXX|FXM|USA Network|USA|TNT|TBS|truTV|TruTV|Syfy|SyFy|"
        "Sci Fi Channel|"
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
        "CBS Justice|CBS Reality|CBS Drama|Sony Channel|S4C|STV|UTV|Drama|U&Drama|U&Dave|U&Alibi|U&W|"
        "U&Gold|U&Yesterday|Watch|Five|Living|Living TV|Bravo UK|Paramount Comedy|Virgin 1|Hallmark UK|BBC Wales|"
        "BBC Northern Ireland|BBC One Wales|BBC One Scotland|ITV Wales|Sky History|Quest Red|PBS America|"
        "BBC World News|BBC World|Sky News|CBBC|CBeebies|CITV|"
        # radio networks, whose programmes a TV page lists beside the channels' (`*Radio 4, 11.30am*`)
        "BBC Radio 1|BBC Radio 2|BBC Radio 3|BBC Radio 4|BBC Radio 5 Live|Radio 1|Radio 2|Radio 3|Radio 4|Radio 5 Live|"
        "Radio 4 Extra|BBC Radio 4 Extra|BBC Radio Scotland|BBC Radio Wales|BBC Radio Ulster|"),
    "Europe/Dublin": ("RTÉ One|RTE One|RTÉ1|RTÉ Two|RTÉ2|RTE2|RTÉ|RTE|Virgin Media One|Virgin Media Two|"
                      "Virgin Media Three|TV3 Ireland|TG4|"),
    "Europe/Berlin": (
        "Das Erste|ARD|ZDF|ZDFneo|RTL|RTL II|RTL Zwei|RTL2|RTLup|RTL Nitro|Nitro|VOX|ProSieben|Pro7|Sat.1|SAT.1|"
        "kabel eins|Kabel 1|Kabel eins|Kabel Eins|Tele 5|TELE 5|3sat|Sixx|sixx|Super RTL|ServusTV|Sky Deutschland|WDR|NDR|BR|"
        "SWR|MDR|hr-fernsehen|rbb|ZDFinfo|ProSieben Maxx|Sat.1 Gold|13th Street|Syfy Deutschland|"),
    "Europe/Vienna": "ORF 1|ORF1|ORF eins|ORF 2|ORF2|ATV|Puls 4|PULS 4|",
    "Europe/Zurich": "SRF 1|SRF1|SRF zwei|SRF 2|3+|RTS Un|RTS Deux|RSI LA1|",
    "Europe/Amsterdam": (
        "NPO 1|NPO 2|NPO 3|NPO1|NPO2|NPO3|Nederland 1|Nederland 2|Nederland 3|RTL 4|RTL 5|RTL 7|RTL 8|RTL4|RTL5|RTL7|"
        "RTL8|SBS6|SBS 6|SBS9|SBS 9|Veronica|Net5|NET 5|Net 5|Yorin|"),
    "Europe/Brussels": "VTM|VTM 2|Eén|één|Een|Canvas|VIER|Play4|VIJF|La Une|La Deux|RTL-TVI|Club RTL|Plug RTL|",
    "Europe/Copenhagen": (
        "DR1|DR 1|DR2|DR 2|DR3|DR Ramasjang|TV 2|TV2|TV 2 Zulu|TV 2 Charlie|TV 2 Fri|TV3+|TV3 Puls|Kanal 4|Kanal 5|"
        "6'eren|6’eren|Canal 9|TV3 Max|"),
    "Europe/Oslo": "NRK1|NRK 1|NRK2|NRK3|TVNorge|TV 2 Norge|TV 2 Zebra|FEM|TV3 Norge|",
    "Europe/Stockholm": "SVT1|SVT 1|SVT2|SVT 2|SVT24|TV4|TV4 Plus|Sjuan|TV6|TV8|TV10|Kanal 9|Kanal 11|TV3 Sverige|",
    "Europe/Helsinki": "Yle TV1|Yle TV2|YLE TV1|YLE TV2|Yle Teema|Yle|YLE|MTV3|MTV Katsomo|Nelonen|Sub|Jim|Liv|Hero|",
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
    "Asia/Manila": "AXN Philippines|ABS-CBN|GMA|GMA Network|GMA 7|GMA-7|TV5|TV5 Philippines|Kapamilya Channel|A2Z|",
    "Asia/Kolkata": ("Star Plus|StarPlus|Zee TV|Sony Entertainment Television|Colors TV|Colors|Star Bharat|"
                     "Doordarshan|Sony TV|Sony SAB|SAB TV|Sony Max|Zee Café|Zee Cafe|&TV|Star Vijay|Sun TV|Asianet|"
                     "Colors Infinity|"
                     "Comedy Central India|Star World India|Zee Tamil|Star Maa|"
                     "Star Jalsha|Zee Marathi|"),
    "Asia/Jakarta": "RCTI|SCTV|Trans TV|Indosiar|",
    "Asia/Bangkok": "Channel 3 Thailand|Channel 7 Thailand|Workpoint TV|",
    "Asia/Taipei": "TTV|CTS|FTV|",
    "Asia/Jerusalem": "Kan 11|Keshet 12|Reshet 13|HOT|yes TV|",
    "Africa/Johannesburg": "SABC 1|SABC1|SABC 2|SABC2|SABC 3|SABC3|e.tv|M-Net|Mzansi Magic|DStv|kykNET|1Magic|",
    "Africa/Lagos": "Africa Magic|Africa Magic Showcase|Africa Magic Family|NTA|AIT|Channels TV|TVC|",
    "Africa/Nairobi": "Citizen TV|NTV Kenya|KTN|KBC|Maisha Magic|",
    "Asia/Karachi": "Hum TV|HUM TV|ARY Digital|Geo TV|Geo Entertainment|PTV Home|",
    "America/Sao_Paulo": "Globo|TV Globo|Rede Globo|SBT|Record TV|Band|Warner Channel|Canal Sony|TNT Series|Cinecanal|",
    "America/Mexico_City": "Televisa|Las Estrellas|Canal 5 Mexico|Azteca|Azteca 7|Azteca Uno|Imagen TV|",
    "America/Argentina/Buenos_Aires": "Telefe|El Trece|Canal 13 Argentina|",
    "America/Bogota": "Caracol|Caracol TV|RCN|",
    "America/Santiago": "Mega|Chilevisión|Chilevision|Canal 13 Chile|TVN Chile|",
    "America/Lima": "América Televisión|America Television|América TV|America TV|Latina Televisión|Latina Television|Panamericana TV|",
    "Asia/Shanghai": "CCTV|CCTV-1|CCTV-8|Hunan TV|Dragon TV|Zhejiang TV|Jiangsu TV|Beijing TV|",
    "Asia/Ho_Chi_Minh": "VTV1|VTV3|HTV7|HTV9|",
    "Europe/Budapest": "RTL Klub|TV2 Hungary|Duna TV|",
    "Europe/Bucharest": "Pro TV|Antena 1|TVR1|TVR 1|",
    "Europe/Kyiv": "1+1|ICTV|",
    "Atlantic/Reykjavik": "RÚV|RUV|Stöð 2|",
    "Africa/Accra": "TV3 Ghana|UTV Ghana|GTV Ghana|Joy Prime|",
    "Africa/Cairo": "MBC Masr|CBC Egypt|DMC|",
    "Asia/Dhaka": "Channel i|NTV Bangladesh|ATN Bangla|",
}

# The second tier of each market beside CHANNELS: regional feeds of national networks (their own region's clock),
# channels of markets CHANNELS leaves out, and long names whose short form CHANNELS holds (`NHK General TV`), so a
# network prints as written. Merged into CHANNELS below.
_WIDER = {
    NEW_YORK: ("Hallmark Drama|Hallmark Family|Hallmark Mystery|Hallmark Movies & Mysteries|Galavisión|Galavision|"
               "Estrella TV|Bounce TV|Court TV|Start TV|Catchy Comedy|Story Television|BYUtv|Vice TV|Viceland|"
               "AXS TV|The Weather Channel|Nicktoons|TeenNick|Boomerang|Discovery Family|Cooking Channel|MotorTrend|"
               "Lifetime Movies|"),
    "America/Toronto": ("CTV Life Channel|CTV Nature Channel|CTV Speed Channel|Food Network Canada|Super Écran|"
                        "ICI Télé|FXX Canada|FX Canada|CTV Toronto|CTV Ottawa|CTV Montreal|Global Toronto|Global Montreal|"
                        "Global Ontario|CBC Toronto|CBC Ottawa|CBC Montreal|Citytv Toronto|Citytv Montreal|CHCH-TV|"),
    "America/Vancouver": "CTV Vancouver|CTV BC|Global BC|Global Okanagan|CBC Vancouver|CBC British Columbia|"
                         "Citytv Vancouver|OMNI BC|Omni BC|CHEK|",
    "America/Edmonton": "CTV Calgary|CTV Edmonton|Global Calgary|Global Edmonton|CBC Calgary|CBC Edmonton|"
                        "CBC Alberta|Citytv Calgary|Citytv Edmonton|OMNI Alberta|Omni Alberta|",
    "America/Winnipeg": "CTV Winnipeg|Global Winnipeg|CBC Manitoba|CBC Winnipeg|Citytv Winnipeg|",
    "America/Regina": "CTV Regina|CTV Saskatoon|Global Regina|Global Saskatoon|CBC Saskatchewan|Citytv Saskatchewan|",
    "America/Halifax": "Global Halifax|CBC New Brunswick|CBC Prince Edward Island|",
    "Europe/London": ("BBC One Northern Ireland|BBC Two Wales|BBC Two Scotland|BBC Two Northern Ireland|BBC One NI|"
                      "BBC Two NI|ITV1 Wales|ITV Cymru Wales|STV2|ITV London|ITV Granada|ITV Tyne Tees|ITV Border|"
                      "ITV Meridian|ITV Central|ITV Yorkshire|ITV Anglia|ITV West Country|UTV Ireland|Sky Mix|"
                      "Sky Replay|Sky Kids|GB News|Great! TV|Talking Pictures TV|Legend|E4 Extra|U&Eden|"
                      "Channel 4 HD|BBC One HD|Together TV|Channel 5 HD|5Select|Paramount Network UK|ITV Quiz|"
                      "Comedy Central Extra|DMAX UK|UK Gold|UK Living|UK Drama|UK Style|Granada Plus|Granada Men & "
                      "Motors|Bravo UK|Sky One Mix|Paramount Comedy 1|"),
    "Europe/Dublin": "RTÉ News|RTÉ Jr|RTEjr|Virgin Media Four|",
    "Europe/Berlin": "ARD One|ZDFinfo|Kika|KiKA|Tagesschau24|VOXup|Kabel Eins Doku|DMAX|",
    "Europe/Rome": "Sky Italia|Sky Uno|Sky Atlantic Italia|Sky Serie|Rai Premium|Rai Movie|Rai Yoyo|TV8 Italia|Nove|"
                   "Real Time Italia|Mediaset Extra|La5|",
    "Europe/Madrid": "Telemadrid|Canal Sur|Canal Sur Televisión|À Punt|A Punt|ETB 1|ETB 2|ETB1|ETB2|TVG|IB3|"
                     "TV3 Catalunya|TV3 Catalonia|Aragón TV|Atreseries|Divinity|FDF|DMAX España|"
                     "Movistar Plus+|La 1 de TVE|",
    "Europe/Lisbon": "RTP3|SIC Notícias|SIC Mulher|TVI Reality|CNN Portugal|",
    "Europe/Paris": "France Ô|LCP|TF1 Séries Films|Chérie 25|RMC Story|RMC Découverte|L'Équipe|Paris Première|"
                    "Canal+ Séries|Polar+|",
    "Europe/Brussels": "VRT 1|VRT1|VRT Canvas|La Trois|Tipik|RTBF|VTM 3|VTM 4|Play5|Play6|Play7|",
    "Europe/Amsterdam": "NPO 1 Extra|RTL Z|Net5|",
    "Europe/Oslo": "TV 2 Norway|TV2 Norway|TV 2 Norge|NRK|",
    "Europe/Stockholm": "SVT|Kanal 5 Sweden|TV4 Sweden|",
    "Europe/Copenhagen": "DR|TV 2 Danmark|TV2 Danmark|TV3 Denmark|",
    "Europe/Helsinki": "MTV Finland|TV5 Finland|Yle Fem|",
    "Atlantic/Reykjavik": "Sjónvarpið|Stöð 2 Sport|",
    "Europe/Warsaw": "TVP|TV Puls|TVN24|Polsat Seriale|TVP Seriale|",
    "Europe/Prague": "ČT2|CT2|Česká televize|TV Nova|Nova Cinema|Prima Cool|FTV Prima|",
    "Europe/Bratislava": "Markíza|TV Markíza|Markiza|TV JOJ|JOJ|Jednotka|STV1|",
    "Europe/Budapest": "RTL Hungary|M1 Hungary|Viasat 3|",
    "Europe/Bucharest": "PRO TV|Kanal D Romania|Prima TV Romania|Digi 24|",
    "Europe/Sofia": "bTV|BNT 1|BNT1|Nova Bulgaria|",
    "Europe/Zagreb": "HRT 1|HRT1|HRT 2|RTL Hrvatska|Nova TV Croatia|",
    "Europe/Belgrade": "RTS 1|RTS1|RTS 2|TV Pink|Prva Srpska Televizija|",
    "Europe/Athens": "Open TV|Skai|SKAI|Star Channel Greece|ERT2|ERT 1|ERT|Mega TV|",
    "Europe/Istanbul": "ATV Turkey|TV8 Turkey|TV8 Türkiye|NOW Türkiye|Kanal 7|TRT 2|TRT1|",
    "Europe/Moscow": "Channel One Russia|Russia-1|Russia 1|Rossiya 1|Rossiya-1|NTV Russia|REN TV|Ren TV|STS|"
                     "TNT Russia|Pervyi Kanal|Match TV|",
    "Europe/Kyiv": "STB|Novyi Kanal|",
    "Asia/Jerusalem": "Keshet|Channel 12 Israel|Channel 13 Israel|HOT 3|yes Drama|",
    "Asia/Beirut": "LBCI|MTV Lebanon|Al Jadeed|Tele Liban|OTV Lebanon|",
    "Asia/Riyadh": "Rotana|Rotana Drama|Rotana Khalijia|SBC|Saudi TV|",
    "Asia/Dubai": "MBC Action|MBC 3|MBC3|MBC Max|MBC 2|MBC2|MBC Bollywood|Sama Dubai|",
    "Asia/Qatar": "Al Rayyan|Qatar TV|beIN Drama|beIN Series|",
    "Africa/Cairo": "ON E|ON Drama|Al Hayah|Al Nahar|CBC Drama|DMC Drama|Al Kahera Wal Nas|MBC Masr 2|",
    "Africa/Casablanca": "2M|Al Aoula|Medi1 TV|Medi 1 TV|",
    "Asia/Kolkata": ("DD National|DD 1|Doordarshan National|Zee Telugu|Zee Kannada|Zee Bangla|Zee Keralam|"
                     "Colors Marathi|Colors Kannada|Colors Tamil|Colors Bangla|Star Pravah|Star Suvarna|"
                     "Mazhavil Manorama|Surya TV|Gemini TV|ETV Telugu|Flowers TV|Kalaignar TV|Sony Marathi|"
                     "Sun Marathi|Udaya TV|Zee Anmol|Star Utsav|Sony Pal|Star Gold|Colors Cineplex|"),
    "Asia/Karachi": "Green Entertainment|Express Entertainment|Geo Kahani|A-Plus|Aplus|TV One Pakistan|"
                    "ARY Zindagi|Hum Sitaray|PTV|",
    "Asia/Colombo": "Sirasa TV|Sirasa|TV Derana|Derana|Hiru TV|Swarnavahini|Rupavahini|ITN Sri Lanka|Shakthi TV|",
    "Asia/Dhaka": "Maasranga|Maasranga Television|Deepto TV|Gazi TV|Bangla TV|",
    "Asia/Kathmandu": "Nepal Television|Kantipur TV|Kantipur Television|Image Channel|AP1 TV|",
    "Asia/Shanghai": ("CCTV-3|CCTV-4|CCTV-6|Hunan Satellite TV|Dragon Television|Jiangsu Satellite TV|"
                      "Zhejiang Satellite TV|Beijing Satellite TV|Shenzhen TV|Shandong TV|Anhui TV|Oriental TV|"),
    "Asia/Taipei": "SET Taiwan|SETTV|Sanlih|Sanlih E-Television|EBC|TVBS|CTV Taiwan|PTS|Taiwan Television|",
    "Asia/Hong_Kong": "RTHK|RTHK 31|HOY TV|TVB J2|TVB Drama|",
    "Asia/Singapore": "Mediacorp Channel 8|Mediacorp Channel U|Mediacorp Suria|Mediacorp Vasantham|",
    "Asia/Tokyo": ("NHK General TV|NHK E|NHK Educational|NHK BS4K|BS Asahi|BS-TBS|BS Fuji|TBS Television|"
                   "Tokyo Broadcasting System|TV Osaka|MBS|Mainichi Broadcasting System|Kansai TV|Yomiuri TV|"
                   "Tokai TV|AT-X|Tokyo MX|TOKYO MX|BS11|WOWOW Prime|"),
    "Asia/Seoul": "KBS 1TV|KBS 2TV|KBS2TV|MBC Every1|tvN Story|SBS Plus|JTBC2|EBS|Genie TV|Arirang TV|MBC Korea|",
    "Asia/Manila": "ALLTV|All TV|NET25|Net 25|IBC 13|UNTV|Jeepney TV|GMA Pinoy TV|TFC|The Filipino Channel|"
                   "Heart of Asia|Cine Mo!|PTV 4|",
    "Asia/Jakarta": "Trans7|Trans 7|ANTV|MNCTV|MNC TV|Global TV Indonesia|NET TV|Kompas TV|tvOne|TVRI|Metro TV|"
                    "iNews TV|Mentari TV|",
    "Asia/Kuala_Lumpur": "TV9|TV Alhijrah|Astro Citra|Astro Warna|Astro Oasis|Astro Ceria|TV Okey|TV Sarawak|"
                         "Awesome TV|TV6 Malaysia|",
    "Asia/Bangkok": "Channel 3 HD|Channel 7 Thailand HD|GMM25|GMM 25|one31|ONE31|Thai PBS|Channel 7 HD|Amarin TV|PPTV|Workpoint|Mono29|"
                    "MCOT HD|Thairath TV|Channel 8 Thailand|",
    "Asia/Ho_Chi_Minh": "VTV|VTV2|VTV9|HTV2|",
    "Australia/Sydney": "WIN Network|Prime7|Southern Cross|NITV|9Rush|9Life|7flix|7Bravo|ABC Entertains|ABC Family|"
                        "10 Drama|10 Comedy|SBS World Movies|SBS Food|Nine Network Australia|ABC TV Plus|7two|"
                        "Fox Showcase|BBC First|The Comedy Channel|Lifestyle Channel|Foxtel Arena|",
    "Australia/Perth": "Seven Perth|Nine Perth|Channel 9 Perth|Channel 7 Perth|",
    "Australia/Brisbane": "Seven Brisbane|Nine Brisbane|Channel 9 Brisbane|Channel 7 Brisbane|",
    "Australia/Adelaide": "Seven Adelaide|Nine Adelaide|Channel 9 Adelaide|Channel 7 Adelaide|",
    "Pacific/Auckland": "Sky Open|Whakaata Māori|Māori Television|Maori Television|TVNZ Duke|ThreeLife|"
                        "Eden NZ|Sky 1 NZ|",
    "Africa/Johannesburg": "eExtra|Moja Love|Mzansi Wethu|Mzansi Bioskop|BET Africa|Novela Magic|Magic Showcase|",
    "Africa/Lagos": ("Channels Television|Arise TV|Arise News|Silverbird TV|Galaxy TV|Africa Magic Urban|"
                     "Africa Magic Yoruba|Africa Magic Igbo|Africa Magic Hausa|Africa Magic Epic|NTA Network|"
                     "Wazobia Max|ROK TV|"),
    "Africa/Nairobi": "K24|K24 TV|Inooro TV|Kameme TV|TV47|Maisha Magic East|",
    "Africa/Dar_es_Salaam": "ITV Tanzania|Azam TV|Azam One|Clouds TV|TBC1|",
    "Africa/Kampala": "NBS TV|NBS Television|Bukedde TV|UBC TV|",
    "Africa/Addis_Ababa": "EBS TV|Fana TV|Kana TV|ETV Ethiopia|",
    "Africa/Accra": "Adom TV|Onua TV|GHOne|GH One TV|",
    "America/Sao_Paulo": "RedeTV!|RedeTV|TV Cultura|TV Bandeirantes|Bandeirantes|Multishow|GNT|Canal Brasil|TV Brasil|"
                         "Canal Viva|",
    "America/Mexico_City": "Canal de las Estrellas|Nu9ve|Canal Once|Canal 22|Azteca Siete|Multimedios|Unicable|"
                           "TV Azteca|",
    "America/Argentina/Buenos_Aires": "TV Pública|Televisión Pública|El Nueve|Elnueve|Canal 9 Argentina|",
    "America/Bogota": ("Caracol Televisión|Caracol Television|Canal RCN|RCN Televisión|RCN Television|"
                       "Señal Colombia|"),
    "America/Santiago": "CHV|La Red Chile|",
    "America/Lima": "ATV Peru|ATV Perú|Willax|Willax Televisión|TV Perú|TV Peru|Panamericana Televisión|Latina TV|",
    "America/Caracas": "Venevisión|Venevision|Televen|Globovisión|Globovision|",
    "America/Costa_Rica": "Teletica|Repretel|",
    "America/Guayaquil": "Ecuavisa|Teleamazonas|TC Televisión|Gamavisión|",
    "America/Montevideo": "Teledoce|Monte Carlo TV|",
    "America/Asuncion": "Telefuturo|Unicanal|",
    "America/Puerto_Rico": "WAPA-TV|WAPA|Telemundo Puerto Rico|TeleOnce|",
    "America/Jamaica": "TVJ|Television Jamaica|CVM|CVM TV|",
    "America/Port_of_Spain": "TV6 Trinidad|CNC3|TTT|",
    "America/Barbados": "CBC TV8|",
    "America/Nassau": "ZNS|ZNS-TV|",
}
CHANNELS = {zone: CHANNELS.get(zone, "") + _WIDER.get(zone, "") for zone in {**CHANNELS, **_WIDER}}

# Zone a release time is given in, when one is -> services whose releases are `streaming`.
STREAMERS = {
    NEW_YORK: (
        "Netflix|NETFLIX|Hulu|HULU|Prime Video|Amazon Prime Video|Amazon Prime|Amazon Video|Amazon Instant Video|"
        "Amazon|Freevee|"
        "IMDb TV|Disney+|Disney Plus|Apple TV+|Apple TV Plus|Apple TV|HBO Max|Max|HBO Now|HBO Go|Peacock|PEACOCK|"
        "Paramount+|Paramount+ with Showtime|Paramount Plus|CBS All Access|AMC+|Shudder|Acorn TV|BritBox|Tubi|Pluto TV|The Roku Channel|"
        "YouTube|YouTube Premium|YouTube Red|YouTube TV|Crunchyroll|Funimation|Showtime Anytime|Crackle|Vudu|"
        "Discovery+|discovery+|ESPN+|BET+|Fubo|fuboTV|Sling|Sling TV|Philo|Mubi|MUBI|The Criterion Channel|Kanopy|"
        "Quibi|Hallmark Movies Now|Sundance Now|Topic|Starz app|Showtime app|iTunes|Frndly TV|Hoopla|Xumo|"
        "Watch Instantly|Netflix Watch Instantly|cbs.com|CBS.com|nbc.com|NBC.com|abc.com|ABC.com|fox.com|FOX.com|"
        "cwtv.com|CWTV.com|pbs.org|PBS.org|hulu.com|Hulu.com|netflix.com|Netflix.com|amc.com|AMC.com|fxnow|FXNOW|"
        "FX on Hulu|Hulu on Disney+|Vimeo|Twitch|Rakuten Viki|Viki|Kocowa|KOCOWA|HIDIVE|SkyShowtime|Star+|Plex|"
        "Hallmark+|DirecTV Stream|PBS Passport|MHz Choice|ALLBLK|Fox Nation|"),
    "America/Toronto": "Crave|CBC Gem|Global TV App|Global TV app|CTV.ca|ctv.ca|CTV app|Citytv+|ICI TOU.TV|ICI Tou.tv|"
                       "Tou.tv|TOU.TV|Club illico|Noovo.ca|",
    "Europe/London": (
        "BBC iPlayer|iPlayer|ITVX|ITV Hub|ITV Player|All 4|All4|Channel 4 streaming|My5|Now TV|NOW TV|NOW|Sky Go|"
        "UKTV Play|BritBox UK|Hayu|hayu|STV Player|S4C Clic|Channel 4 app|4oD|ITVX Premium|BBC iPlayer app|"),
    "Europe/Dublin": "RTÉ Player|RTE Player|Virgin Media Player|TG4 Player|",
    "Europe/Berlin": ("Joyn|RTL+|TVNOW|TV Now|ZDFmediathek|ZDF Mediathek|ZDF-Mediathek|ARD Mediathek|ARD-Mediathek|"
                      "ARD Mediathek app|3sat Mediathek|Arte Mediathek|WOW|Sky Ticket|MagentaTV|"
                      # the ARD's regional broadcasters' own
                      "BR Mediathek|NDR Mediathek|WDR Mediathek|SWR Mediathek|MDR Mediathek|HR Mediathek|"
                      "RBB Mediathek|SR Mediathek|"),
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
    "Asia/Kolkata": ("Hotstar|Disney+ Hotstar|JioHotstar|JioCinema|ZEE5|Zee5|SonyLIV|Sony LIV|Voot|MX Player|"
                     "Amazon miniTV|ALTBalaji|"
                     "Eros Now|Sun NXT|"),
    "America/Sao_Paulo": "Globoplay|",
    "Asia/Shanghai": "Youku|Tencent Video|Mango TV|Bilibili|",
    "America/Argentina/Buenos_Aires": "Flow|",
}

# Names that are also ordinary words or surnames: a channel only in a listing or after "on" (`on Watch at 9pm`,
# `(CSI, Five, 9pm)`), never `Jorja Fox,` or `the five episodes`.
GUARDED = frozenset(
    "Fox|FOX|Five|Watch|W|Dave|Gold|Drama|Eden|Yesterday|Pick|Really|Quest|Blaze|Living|Global|City|Space|Showcase|"
    "Nine|Seven|Ten|Three|Eleven|Sub|Jim|Liv|Hero|Nova|Band|Prima|Jade|Pearl|Much|History|Discovery|Logo|Pop|Fuse|"
    "Oxygen|Encore|Max|NOW|Colors|Gusto|Historia|City|Neon|Stan|Binge|Topic|Amazon|Apple TV|Sling|Toggle|Twitch|"
    "Global TV|Omni|HOT|"
    "Lifetime|Starz|Bravo|Showtime|Epix|Sundance Channel|Decades|Living TV|Canvas|Een|Crave|Hallmark|GEM|GO!|"
    "Slice|Eleven|Three|Liv|Star TV|Show TV|Mega Channel|Record TV|Caracol|Kanopy|Philo|Quibi|Vudu|Areena|OPTO|Vix|"
    "Channel A|Tonton|Ruutu|Auvio|Mega|Flow|Plex|Channel i|Latina|"
    "Legend|Nove|DR|ERT|2M|SBC|PTV|EBS|EBC|STS|STB|Keshet|Kika|Southern Cross|Bandeirantes|Rotana|Derana|"
    "Sirasa|Boomerang".split("|"))

# Pay-TV platforms that say which country a pan-regional channel (AXN, HBO Asia) is watched in.
PLATFORM_ZONES = {
    "StarHub": "Asia/Singapore", "Singtel": "Asia/Singapore", "mio TV": "Asia/Singapore", "Mediacorp": "Asia/Singapore",
    "Astro": "Asia/Kuala_Lumpur", "Unifi TV": "Asia/Kuala_Lumpur", "HyppTV": "Asia/Kuala_Lumpur",
    "Sky Cable": "Asia/Manila", "Cignal": "Asia/Manila", "Indovision": "Asia/Jakarta", "First Media": "Asia/Jakarta",
    "TrueVisions": "Asia/Bangkok", "now TV": "Asia/Hong_Kong", "Foxtel": "Australia/Sydney", "Tata Sky": "Asia/Kolkata",
}

# Channels whose name and feed span a region (`AXN`): a paper in Kuala Lumpur means the Malaysian feed.
PAN_ASIAN = frozenset("AXN|AXN Asia|HBO Asia|Star World|STAR World|Diva Universal|Universal Channel|Warner TV|"
                       "Lifetime Asia|FOX Asia|Fox Asia|Fox Crime|FX Asia|Sony Channel Asia|KIX|Animax|E! Asia|"
                       "Hallmark Asia|Star Movies|Cinemax Asia".split("|"))

# Channels whose name and feed span Latin America (`Warner Channel`): a paper in Mexico City means the Mexican feed;
# with no place known, Brazil's (the biggest market, as the table has it).
PAN_LATIN = frozenset("Warner Channel|Canal Sony|TNT Series|Cinecanal".split("|"))
PAN_REGIONAL = PAN_ASIAN | PAN_LATIN

# Channels named alike in several countries (Denmark's, Norway's, Hungary's, Malaysia's and New Zealand's `TV2`):
# the zone of the country the text places one in, else none guessed (airdates.py prints the name as written).
_NZ, _KL, _DK, _NO, _SE = "Pacific/Auckland", "Asia/Kuala_Lumpur", "Europe/Copenhagen", "Europe/Oslo", "Europe/Stockholm"
SHARED = {name: frozenset(zones) for names, zones in (
    ("TV1|TV 1", (_KL, _NZ, "Europe/Helsinki")),
    ("TV2|TV 2", (_DK, _NO, _KL, _NZ, "Europe/Budapest", "Europe/Helsinki")),
    ("TV3|TV 3", ("Europe/Dublin", _NZ, _KL, "Africa/Accra", "Europe/Madrid", _SE, _NO, _DK, "Europe/Vilnius",
                  "Europe/Riga", "Europe/Tallinn")),
    ("GTV", ("Asia/Manila", "Africa/Accra")),  # GMA's second channel, and Ghana Television
) for name in names.split("|")}

# Networks whose name another country's network shares, told apart by `the` before them: Australians say `the ABC`.
WITH_THE = {"ABC": "Australia/Sydney"}

# Local stations by call sign -> their city's zone (the big markets' network affiliates and independents).
STATIONS = {
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
