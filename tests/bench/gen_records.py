#!/usr/bin/env python3
"""Generate realistic meeting records (YAML) for benchmarking `minutes`.

Writes N records as OUT/YYYY/YYYY-MM-DD-KIND-NNNN.yaml, spread over 2014-2025.
Text is Norwegian Bokmål, Nynorsk or English (`language` is set to match).
Sizes: median about 5 KB; 2 % are large workshop records of up to 200 KB.
Every record follows the meeting-record schema (see README.md).

Deterministic: the same --count and --seed give byte-identical files.
Uses only the Python standard library (the YAML is written by hand, block style).
"""

import argparse
import datetime as dt
import json
import math
import os
import random
import re
import statistics
import sys

FIRST_DAY = dt.date(2014, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
LARGE_SHARE = 0.02          # share of large workshop records
LARGE_MIN, LARGE_MAX = 25_000, 198_000
SIZE_CAP = 200_000          # hard upper bound for any file (bytes)
NORMAL_MEDIAN = 4_700       # target median of the ordinary records (bytes);
                            # the last added item overshoots by a few hundred
NORMAL_SIGMA = 0.45
NORMAL_MIN, NORMAL_MAX = 1_400, 20_000

# --------------------------------------------------------------------------
# YAML emitter (block style, no anchors, conservative quoting)
# --------------------------------------------------------------------------


class Time(str):
    """An HH:MM time; always written double-quoted."""


class Markdown(str):
    """A multi-line Markdown text; written as a literal block scalar."""


_RESERVED = {"null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"}
_FIRST_UNSAFE = set("-?:,[]{}#&*!|>'\"%@`<=~+.0123456789 \t")


def plain_ok(s):
    """True if s can be written as a plain scalar and read back as the same
    string under YAML 1.1 and 1.2 (deliberately conservative)."""
    if not s or s != s.strip() or s[0] in _FIRST_UNSAFE:
        return False
    if s.lower() in _RESERVED:
        return False
    if ": " in s or " #" in s or s.endswith(":"):
        return False
    return all(c >= " " and c != "\x7f" for c in s)


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, Time):
        return '"' + v + '"'
    s = str(v)
    return s if plain_ok(s) else json.dumps(s, ensure_ascii=False)


def _literal(head, text, ind, out):
    out.append(head + " |")
    pad = " " * ind
    for line in text.rstrip("\n").split("\n"):
        out.append(pad + line.rstrip() if line.strip() else "")


def _entry(head, v, ind, out):
    """Write `head` ('key:' or '-' with its indentation) followed by v."""
    if isinstance(v, dict):
        assert v, head
        out.append(head)
        emit_map(v, ind + 2, out)
    elif isinstance(v, list):
        assert v, head
        out.append(head)
        emit_seq(v, ind + 2, out)
    elif isinstance(v, str) and "\n" in v:
        _literal(head, v, ind + 2, out)
    else:
        out.append(head + " " + scalar(v))


def emit_map(d, ind, out, first=None):
    pad = " " * ind
    for j, (k, v) in enumerate(d.items()):
        lead = first if (j == 0 and first is not None) else pad
        _entry(lead + k + ":", v, ind, out)


def emit_seq(items, ind, out):
    pad = " " * ind
    for item in items:
        if isinstance(item, dict):
            emit_map(item, ind + 2, out, first=pad + "- ")
        elif isinstance(item, str) and "\n" in item:
            _literal(pad + "-", item, ind + 2, out)
        else:
            out.append(pad + "- " + scalar(item))


TOP_ORDER = ["title", "date", "start", "end", "location", "organizer",
             "language", "status", "summary", "participants", "agenda",
             "decisions", "actions", "attachments", "workshops", "next_meeting"]


def to_yaml(rec):
    ordered = {k: rec[k] for k in TOP_ORDER if k in rec}
    assert len(ordered) == len(rec), set(rec) - set(ordered)
    out = []
    emit_map(ordered, 0, out)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Text pools
# --------------------------------------------------------------------------

FIRST_NAMES_NO = [
    "Åse", "Bjørn", "Kjersti", "Ørjan", "Sølvi", "Håkon", "Ingrid", "Torbjørn",
    "Mari", "Øystein", "Siri", "Gro", "Per", "Kari", "Lars", "Nils", "Ragnhild",
    "Trond", "Eirik", "Synnøve", "Jørgen", "Astrid", "Marius", "Hanne",
    "Jan Erik", "Anne-Lise", "Tor Åge", "Liv", "Sigurd", "Maren", "Ola",
    "Kristin", "Halvard", "Unni", "Geir", "Turid", "Fredrik", "Solveig",
    "Dag", "Bente", "Aslak", "Inger Marie", "Vegard", "Tone", "Målfrid",
]
LAST_NAMES_NO = [
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
    "Kristiansen", "Jensen", "Karlsen", "Sæther", "Bakke", "Haugen", "Solberg",
    "Lie", "Strøm", "Dahl", "Løvås", "Ødegård", "Bråten", "Aas", "Myhre",
    "Hætta", "Kjærvik", "Fjeld", "Sandvik", "Årdal", "Berg", "Vik", "Moe",
    "Eide", "Hovland", "Grønli", "Rønning", "Tveit", "Nygård", "Sørli",
]
FULL_NAMES_INTL = [
    "Sarah Mitchell", "James O'Connor", "Fatima Ali", "Tomasz Nowak",
    "Nguyen Van An", "Emma Lindqvist", "Jukka Virtanen", "Maria García",
    "Priya Raman", "David Cohen", "Chloe Martin", "Ahmed Hassan",
    "Katarzyna Wójcik", "Lena Müller", "Olivia Brown", "Mikael Sjöberg",
]
ORGS = [
    "Nordvik kommune", "Fjellheim Energi AS", "Universitetet i Bergen",
    "Vestland fylkeskommune", "Hålogaland Havn IKS", "Ålesund bibliotek",
    "NAV Tromsø", "Brøytelaget SA", "Acme Consulting Ltd", "Nordic Data Group",
    "Sørlandet sykehus HF", "Statens vegvesen", "Kystverket",
    "Bjørkelia borettslag", "Frivilligsentralen i Øvre Årdal", "Miljødirektoratet",
]

L = {}

L["nb"] = dict(
    titles={
        "board": ["Styremøte", "Styremøte {n}/{y}", "Ekstraordinært styremøte"],
        "team": ["Teammøte", "Ukemøte i {team}", "Avdelingsmøte {team}"],
        "project": ["Prosjektmøte", "Prosjektmøte – {Tc}", "Statusmøte {Tc}"],
        "steering": ["Styringsgruppemøte", "Møte i styringsgruppen for {Tc}"],
        "council": ["Kommunestyremøte", "Møte i formannskapet", "Møte i eldrerådet"],
        "allhands": ["Allmøte", "Personalmøte"],
        "annual": ["Årsmøte {y}", "Generalforsamling {y}"],
        "retro": ["Retrospektiv sprint {n}", "Evalueringsmøte etter {Tc}"],
        "workshop": ["Workshop: {theme}", "Arbeidsseminar om {t}", "Idédugnad – {theme}"],
    },
    teams=["drift", "økonomi", "IT-avdelingen", "kundeservice", "HR", "plan og bygg"],
    topics=[
        "det nye fagsystemet", "budsjettet for {y1}", "rehabiliteringen av svømmehallen",
        "digitaliseringsstrategien", "rekruttering av sykepleiere", "vintervedlikeholdet",
        "flyttingen til nye lokaler", "klimaregnskapet", "samarbeidsavtalen med {o}",
        "skolebruksplanen", "lønnsoppgjøret", "den nye nettsiden", "innkjøpsrutinene",
        "beredskapsplanen", "tilskuddsordningen for lag og foreninger", "kompetanseplanen",
        "bredbåndsutbyggingen i distriktet", "sommerfesten", "personvernerklæringen",
        "rapporteringen til direktoratet", "ombyggingen av kantina", "arkivplanen",
    ],
    sentences=[
        "{P} orienterte om status for {t}.",
        "Det ble stilt spørsmål ved om fremdriftsplanen for {t} er realistisk.",
        "Styret ba administrasjonen om å komme tilbake med en sak om {t} i neste møte.",
        "Kostnadene for {t} ligger om lag {pct} prosent over budsjett så langt i år.",
        "Flere påpekte at kommunikasjonen rundt {t} må bli tydeligere.",
        "{P} mente at vi bør vente med å ta en endelig beslutning til etter høringsfristen.",
        "Arbeidsgruppen har hatt {n} møter siden sist og leverer en foreløpig rapport før sommeren.",
        "Det er fortsatt uklart hvem som har ansvaret for oppfølgingen av {t}.",
        "Møtet drøftet ulike alternativer, og det var bred enighet om å gå videre med alternativ B.",
        "Erfaringene fra {y} viser at vi trenger bedre rutiner for {t}.",
        "{P} understreket at HMS må ha høyeste prioritet også i travle perioder.",
        "Det ble enighet om å be om tilbud fra minst tre leverandører.",
        "Saken ble utsatt fordi sakspapirene kom for sent ut.",
        "Økonomiansvarlig la fram regnskapet per {m}, som viser et overskudd på {k} kroner.",
        "Det er søkt om midler fra {o} til {t}, og svar ventes i løpet av høsten.",
        "Referatet fra forrige møte ble godkjent uten merknader.",
        "Det ble påpekt at brukerne må involveres tidligere i prosessen.",
        "Sykefraværet er redusert til {pct} prosent, noe som er en klar forbedring fra i fjor.",
        "Vi må sørge for at dokumentasjonen er på plass før revisjonen i {y1}.",
        "{P} tar kontakt med {o} for å avklare de praktiske detaljene.",
        "Det var god stemning i møtet, og alle fikk anledning til å si sin mening.",
        "Forslaget innebærer at åpningstidene utvides på torsdager fra og med neste måned.",
        "Flertallet støttet forslaget, men det ble bedt om en ny vurdering av risikoen.",
        "Det må lages en plan for opplæring av nye medarbeidere før sommerferien.",
        "Tiltakene skal evalueres etter seks måneder.",
        "Det ble understreket at personvern og informasjonssikkerhet må ivaretas i alle ledd.",
        "{P} viste til at {o} har gode erfaringer med en lignende løsning.",
        "Både økonomi og kapasitet må vurderes før vi forplikter oss til {t}.",
    ],
    months=["31. mars", "30. juni", "31. august", "30. september", "31. oktober"],
    agenda=[
        "Godkjenning av innkalling og dagsorden", "Godkjenning av referat fra forrige møte",
        "Eventuelt", "Økonomirapport", "Orienteringssaker", "Budsjett {y1}",
        "Status for {t}", "HMS og sykefravær", "Rekruttering", "Strategi {y}–{y3}",
        "Sak {n}/{yy}: {Tc}", "Valg av møteleder og referent", "Høring: {Tc}",
    ],
    decisions=[
        "Styret godkjenner budsjettet for {y1} slik det ble lagt fram.",
        "Saken utsettes til neste møte.",
        "Administrasjonen får fullmakt til å inngå avtale med {o}.",
        "Referatet fra forrige møte godkjennes.",
        "Det settes ned en arbeidsgruppe for {t} med {P} som leder.",
        "Forslaget om {t} vedtas med de endringene som kom fram i møtet.",
        "Orienteringen tas til etterretning.",
        "Møtet slutter seg til innstillingen fra arbeidsgruppen om {t}.",
    ],
    actions=[
        "Sende oppdatert budsjett for {y1} til styret", "Innhente tilbud på {t}",
        "Kalle inn arbeidsgruppen for {t}", "Skrive et notat om {t}",
        "Oppdatere risikovurderingen", "Publisere referatet på intranettet",
        "Avklare ansvarsfordelingen for {t} med {o}", "Forberede sak om {t} til neste møte",
    ],
    themes=["Fremtidens arbeidsplass", "Brukerreisen", "Strategi {y1}–{y3}",
            "Digitale tjenester", "Samarbeid på tvers", "Bærekraft i drift"],
    prompts=[
        "Hva fungerer bra i dag?", "Hva bør vi slutte med?",
        "Hvilke tiltak bør prioriteres først?", "Hva hindrer oss i å lykkes?",
        "Hvordan kan vi involvere brukerne bedre?", "Hvilke risikoer ser dere?",
        "Hva trenger du for å gjøre jobben din bedre?",
        "Hvordan ser en god arbeidsdag ut om fem år?",
        "Hva bør {o} hjelpe oss med?", "Hvilke gevinster forventer vi av {t}?",
    ],
    answers=[
        "Mer tid til faglig fordypning", "Færre møter, flere beslutninger",
        "Felles kalender for alle avdelinger", "Bedre opplæring i nye systemer",
        "Tydeligere roller og ansvar", "Hjemmekontor to dager i uka",
        "Kortere beslutningsveier", "Mer tilbakemelding fra brukerne",
        "Ryddigere dokumentarkiv", "Tettere samarbeid med {o}", "Bruke mindre papir",
        "Bedre ventilasjon i møterommene", "Felles lunsj på fredager",
        "Åpen kildekode der det er mulig", "Sjekkliste for nyansatte",
        "Bedre oversikt over {t}",
    ],
    tags=["økonomi", "hms", "it", "kommunikasjon", "rutiner", "kompetanse", "brukere",
          "bærekraft", "kultur", "raske gevinster", "{y1}", "ledelse"],
    groups=["Ansatte i driftsavdelingen", "Elevrådet", "Tillitsvalgte", "Publikum",
            "Representanter fra velforeningen", "Studenter"],
    group_notes=["Deltok digitalt", "Fulgte møtet via strømming", "Deltok under sak 3"],
    roles=["leder", "nestleder", "sekretær", "styremedlem", "varamedlem", "referent",
           "prosjektleder", "observatør", "daglig leder", "rådgiver"],
    deputy="varamedlem",
    locations=["Møterom Fjorden, 3. etg.", "Rådhuset, sal 2", "Teams", "Kantina",
               "Styrerommet", "Kommunestyresalen", "Biblioteket, møterom Lesesalen",
               "Digitalt (Zoom)"],
    attachments=["Budsjettforslag {y1}", "Regnskap per {m}", "Presentasjon fra {o}",
                 "Høringsuttalelse", "Prosjektplan for {t}", "Risikovurdering"],
    headings=["Bakgrunn", "Diskusjon", "Konklusjon", "Hovedpunkter", "Oppfølging"],
    opening="Møtet ble åpnet av **{P}** kl. {hm}.",
    next_titles=["Neste styremøte", "Oppfølgingsmøte", "Neste møte"],
)

L["nn"] = dict(
    titles={
        "board": ["Styremøte", "Styremøte {n}/{y}", "Ekstraordinært styremøte"],
        "team": ["Teammøte", "Vekemøte i {team}", "Avdelingsmøte {team}"],
        "project": ["Prosjektmøte", "Prosjektmøte – {Tc}", "Statusmøte {Tc}"],
        "steering": ["Styringsgruppemøte", "Møte i styringsgruppa for {Tc}"],
        "council": ["Kommunestyremøte", "Møte i formannskapet", "Møte i eldrerådet"],
        "allhands": ["Allmøte", "Personalmøte"],
        "annual": ["Årsmøte {y}", "Generalforsamling {y}"],
        "retro": ["Retrospektiv sprint {n}", "Evalueringsmøte etter {Tc}"],
        "workshop": ["Arbeidsmøte: {theme}", "Arbeidsseminar om {t}", "Idédugnad – {theme}"],
    },
    teams=["drift", "økonomi", "IT-avdelinga", "kundeservice", "HR", "plan og bygg"],
    topics=[
        "det nye fagsystemet", "budsjettet for {y1}", "rehabiliteringa av symjehallen",
        "digitaliseringsstrategien", "rekruttering av sjukepleiarar", "vintervedlikehaldet",
        "flyttinga til nye lokale", "klimarekneskapen", "samarbeidsavtalen med {o}",
        "skulebruksplanen", "lønsoppgjeret", "den nye nettsida", "innkjøpsrutinane",
        "beredskapsplanen", "tilskotsordninga for lag og organisasjonar", "kompetanseplanen",
        "breibandsutbygginga i distriktet", "sommarfesten", "personvernerklæringa",
        "rapporteringa til direktoratet", "ombygginga av kantina", "arkivplanen",
    ],
    sentences=[
        "{P} orienterte om status for {t}.",
        "Det vart stilt spørsmål ved om framdriftsplanen for {t} er realistisk.",
        "Styret bad administrasjonen om å kome tilbake med ei sak om {t} i neste møte.",
        "Kostnadene for {t} ligg om lag {pct} prosent over budsjett så langt i år.",
        "Fleire peika på at kommunikasjonen kring {t} må bli tydelegare.",
        "{P} meinte at vi bør vente med å ta ei endeleg avgjerd til etter høyringsfristen.",
        "Arbeidsgruppa har hatt {n} møte sidan sist og leverer ein førebels rapport før sommaren.",
        "Det er framleis uklart kven som har ansvaret for oppfølginga av {t}.",
        "Møtet drøfta ulike alternativ, og det var brei semje om å gå vidare med alternativ B.",
        "Røynslene frå {y} viser at vi treng betre rutinar for {t}.",
        "{P} understreka at HMS må ha høgaste prioritet òg i travle periodar.",
        "Det vart semje om å be om tilbod frå minst tre leverandørar.",
        "Saka vart utsett fordi sakspapira kom for seint ut.",
        "Økonomiansvarleg la fram rekneskapen per {m}, som viser eit overskot på {k} kroner.",
        "Det er søkt om midlar frå {o} til {t}, og svar er venta i løpet av hausten.",
        "Referatet frå førre møte vart godkjent utan merknader.",
        "Det vart peika på at brukarane må involverast tidlegare i prosessen.",
        "Sjukefråværet er redusert til {pct} prosent, noko som er ei klar forbetring frå i fjor.",
        "Vi må sjå til at dokumentasjonen er på plass før revisjonen i {y1}.",
        "{P} tek kontakt med {o} for å avklare dei praktiske detaljane.",
        "Det var god stemning i møtet, og alle fekk høve til å seie meininga si.",
        "Framlegget inneber at opningstidene vert utvida på torsdagar frå og med neste månad.",
        "Fleirtalet støtta framlegget, men det vart bede om ei ny vurdering av risikoen.",
        "Det må lagast ein plan for opplæring av nye medarbeidarar før sommarferien.",
        "Tiltaka skal evaluerast etter seks månader.",
        "Det vart understreka at personvern og informasjonstryggleik må takast vare på i alle ledd.",
        "{P} viste til at {o} har gode røynsler med ei liknande løysing.",
        "Både økonomi og kapasitet må vurderast før vi bind oss til {t}.",
    ],
    months=["31. mars", "30. juni", "31. august", "30. september", "31. oktober"],
    agenda=[
        "Godkjenning av innkalling og sakliste", "Godkjenning av referat frå førre møte",
        "Eventuelt", "Økonomirapport", "Orienteringssaker", "Budsjett {y1}",
        "Status for {t}", "HMS og sjukefråvær", "Rekruttering", "Strategi {y}–{y3}",
        "Sak {n}/{yy}: {Tc}", "Val av møteleiar og referent", "Høyring: {Tc}",
    ],
    decisions=[
        "Styret godkjenner budsjettet for {y1} slik det vart lagt fram.",
        "Saka vert utsett til neste møte.",
        "Administrasjonen får fullmakt til å inngå avtale med {o}.",
        "Referatet frå førre møte vert godkjent.",
        "Det vert sett ned ei arbeidsgruppe for {t} med {P} som leiar.",
        "Framlegget om {t} vert vedteke med dei endringane som kom fram i møtet.",
        "Orienteringa vert teken til vitande.",
        "Møtet sluttar seg til tilrådinga frå arbeidsgruppa om {t}.",
    ],
    actions=[
        "Sende oppdatert budsjett for {y1} til styret", "Hente inn tilbod på {t}",
        "Kalle inn arbeidsgruppa for {t}", "Skrive eit notat om {t}",
        "Oppdatere risikovurderinga", "Publisere referatet på intranettet",
        "Avklare ansvarsfordelinga for {t} med {o}", "Førebu sak om {t} til neste møte",
    ],
    themes=["Framtidas arbeidsplass", "Brukarreisa", "Strategi {y1}–{y3}",
            "Digitale tenester", "Samarbeid på tvers", "Berekraft i drifta"],
    prompts=[
        "Kva fungerer godt i dag?", "Kva bør vi slutte med?",
        "Kva tiltak bør prioriterast først?", "Kva hindrar oss i å lukkast?",
        "Korleis kan vi involvere brukarane betre?", "Kva risikoar ser de?",
        "Kva treng du for å gjere jobben din betre?",
        "Korleis ser ein god arbeidsdag ut om fem år?",
        "Kva bør {o} hjelpe oss med?", "Kva vinstar ventar vi av {t}?",
    ],
    answers=[
        "Meir tid til fagleg fordjuping", "Færre møte, fleire avgjerder",
        "Felles kalender for alle avdelingar", "Betre opplæring i nye system",
        "Tydelegare roller og ansvar", "Heimekontor to dagar i veka",
        "Kortare avgjerdsvegar", "Meir tilbakemelding frå brukarane",
        "Ryddigare dokumentarkiv", "Tettare samarbeid med {o}", "Bruke mindre papir",
        "Betre ventilasjon i møteromma", "Felles lunsj på fredagar",
        "Open kjeldekode der det er mogleg", "Sjekkliste for nytilsette",
        "Betre oversikt over {t}",
    ],
    tags=["økonomi", "hms", "it", "kommunikasjon", "rutinar", "kompetanse", "brukarar",
          "berekraft", "kultur", "raske vinstar", "{y1}", "leiing"],
    groups=["Tilsette i driftsavdelinga", "Elevrådet", "Tillitsvalde", "Publikum",
            "Representantar frå velforeininga", "Studentar"],
    group_notes=["Deltok digitalt", "Følgde møtet via strøyming", "Deltok under sak 3"],
    roles=["leiar", "nestleiar", "skrivar", "styremedlem", "varamedlem", "referent",
           "prosjektleiar", "observatør", "dagleg leiar", "rådgjevar"],
    deputy="varamedlem",
    locations=["Møterom Fjorden, 3. etg.", "Rådhuset, sal 2", "Teams", "Kantina",
               "Styrerommet", "Kommunestyresalen", "Biblioteket, møterom Lesesalen",
               "Digitalt (Zoom)"],
    attachments=["Budsjettframlegg {y1}", "Rekneskap per {m}", "Presentasjon frå {o}",
                 "Høyringsfråsegn", "Prosjektplan for {t}", "Risikovurdering"],
    headings=["Bakgrunn", "Drøfting", "Konklusjon", "Hovudpunkt", "Oppfølging"],
    opening="Møtet vart opna av **{P}** kl. {hm}.",
    next_titles=["Neste styremøte", "Oppfølgingsmøte", "Neste møte"],
)

L["en"] = dict(
    titles={
        "board": ["Board meeting", "Board meeting {n}/{y}", "Extraordinary board meeting"],
        "team": ["Team meeting", "Weekly {team} sync", "{team} department meeting"],
        "project": ["Project meeting", "Project meeting – {Tc}", "Status meeting: {Tc}"],
        "steering": ["Steering committee", "Steering group for {t}"],
        "council": ["Council meeting", "Executive committee", "Senior citizens' council"],
        "allhands": ["All-hands meeting", "Staff meeting"],
        "annual": ["Annual general meeting {y}", "AGM {y}"],
        "retro": ["Sprint {n} retrospective", "Lessons learned: {Tc}"],
        "workshop": ["Workshop: {theme}", "Working seminar on {t}", "Ideas session – {theme}"],
    },
    teams=["Operations", "Finance", "IT", "Customer service", "HR", "Planning"],
    topics=[
        "the new case management system", "the {y1} budget", "the swimming pool refurbishment",
        "the digitalisation strategy", "nurse recruitment", "winter maintenance",
        "the move to new premises", "the carbon accounts", "the partnership agreement with {o}",
        "the school capacity plan", "the annual pay settlement", "the new website",
        "procurement procedures", "the emergency preparedness plan",
        "the grant scheme for local clubs", "the skills development plan",
        "rural broadband roll-out", "the summer party", "the privacy notice",
        "reporting to the directorate", "the canteen refit", "the records management plan",
    ],
    sentences=[
        "{P} gave an update on {t}.",
        "Questions were raised as to whether the timeline for {t} is realistic.",
        "The board asked management to bring a paper on {t} to the next meeting.",
        "Costs for {t} are running about {pct} per cent over budget so far this year.",
        "Several members noted that communication about {t} has to be clearer.",
        "{P} felt that we should wait for the consultation deadline before deciding.",
        "The working group has met {n} times since the last meeting and will deliver an interim report before summer.",
        "It is still unclear who is responsible for following up {t}.",
        "The meeting discussed the options, and there was broad agreement to proceed with option B.",
        "Experience from {y} shows that we need better procedures for {t}.",
        "{P} stressed that health and safety must remain the top priority, also in busy periods.",
        "It was agreed to request quotes from at least three suppliers.",
        "The item was postponed because the papers were circulated too late.",
        "The finance officer presented the accounts as of {m}, showing a surplus of NOK {k}.",
        "Funding for {t} has been requested from {o}; a reply is expected in the autumn.",
        "The minutes of the previous meeting were approved without comments.",
        "It was pointed out that users must be involved earlier in the process.",
        "Sick leave is down to {pct} per cent, a clear improvement on last year.",
        "We must make sure the documentation is in place before the {y1} audit.",
        "{P} will contact {o} to settle the practical details.",
        "The atmosphere was constructive, and everyone had the opportunity to speak.",
        "The proposal means that opening hours are extended on Thursdays from next month.",
        "The majority supported the proposal but asked for a new risk assessment.",
        "A training plan for new staff must be in place before the summer holidays.",
        "The measures will be evaluated after six months.",
        "It was emphasised that privacy and information security must be safeguarded throughout.",
        "{P} mentioned that {o} has had good experience with a similar solution.",
        "Both budget and capacity must be assessed before we commit to {t}.",
    ],
    months=["31 March", "30 June", "31 August", "30 September", "31 October"],
    agenda=[
        "Approval of notice and agenda", "Minutes of the previous meeting",
        "Any other business", "Financial report", "Matters for information",
        "Budget {y1}", "Status of {t}", "Health, safety and sick leave", "Recruitment",
        "Strategy {y}–{y3}", "Item {n}/{yy}: {Tc}", "Election of chair and minute taker",
        "Consultation: {Tc}",
    ],
    decisions=[
        "The board approves the {y1} budget as presented.",
        "The item is postponed to the next meeting.",
        "Management is authorised to enter into an agreement with {o}.",
        "The minutes of the previous meeting are approved.",
        "A working group on {t} is set up, chaired by {P}.",
        "The proposal on {t} is adopted with the amendments agreed in the meeting.",
        "The update is noted.",
        "The meeting endorses the working group's recommendation on {t}.",
    ],
    actions=[
        "Send the updated {y1} budget to the board", "Request quotes for {t}",
        "Convene the working group on {t}", "Write a memo on {t}",
        "Update the risk assessment", "Publish the minutes on the intranet",
        "Clarify responsibilities for {t} with {o}", "Prepare an item on {t} for the next meeting",
    ],
    themes=["The workplace of the future", "The user journey", "Strategy {y1}–{y3}",
            "Digital services", "Working across teams", "Sustainable operations"],
    prompts=[
        "What works well today?", "What should we stop doing?",
        "Which measures should come first?", "What keeps us from succeeding?",
        "How can we involve users better?", "Which risks do you see?",
        "What do you need to do your job better?",
        "What does a good working day look like in five years?",
        "What should {o} help us with?", "What benefits do we expect from {t}?",
    ],
    answers=[
        "More time for professional development", "Fewer meetings, more decisions",
        "A shared calendar for all departments", "Better training in new systems",
        "Clearer roles and responsibilities", "Working from home two days a week",
        "Shorter decision paths", "More feedback from users", "A tidier document archive",
        "Closer cooperation with {o}", "Use less paper", "Better ventilation in meeting rooms",
        "Shared lunch on Fridays", "Open source where possible",
        "A checklist for new starters", "Better overview of {t}",
    ],
    tags=["finance", "hse", "it", "communication", "procedures", "skills", "users",
          "sustainability", "culture", "quick wins", "{y1}", "leadership"],
    groups=["Operations staff", "Student council", "Union representatives",
            "Members of the public", "Residents' association", "Students"],
    group_notes=["Joined online", "Followed via live stream", "Present for item 3 only"],
    roles=["chair", "vice chair", "secretary", "board member", "deputy member",
           "minute taker", "project manager", "observer", "CEO", "adviser"],
    deputy="deputy member",
    locations=["Meeting room Fjord, 3rd floor", "Town hall, room 2", "Teams", "Canteen",
               "Boardroom", "Council chamber", "Library, reading room", "Online (Zoom)"],
    attachments=["Draft budget {y1}", "Accounts as of {m}", "Presentation from {o}",
                 "Consultation response", "Project plan for {t}", "Risk assessment"],
    headings=["Background", "Discussion", "Conclusion", "Key points", "Follow-up"],
    opening="The chair, **{P}**, opened the meeting at {hm}.",
    next_titles=["Next board meeting", "Follow-up meeting", "Next meeting"],
)

KINDS = [("board", 20), ("team", 24), ("project", 20), ("steering", 8),
         ("council", 8), ("allhands", 5), ("annual", 3), ("retro", 7), ("workshop", 5)]
LANGS = [("nb", 55), ("nn", 15), ("en", 30)]

_SLOT = re.compile(r"\{(\w+)\}")


def slug(s):
    s = s.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def hm(minutes):
    return Time("%02d:%02d" % divmod(minutes, 60))


# --------------------------------------------------------------------------
# Record builder
# --------------------------------------------------------------------------


class Maker:
    def __init__(self, rng, lang, date, kind):
        self.r = rng
        self.lang = lang
        self.T = L[lang]
        self.date = date
        self.kind = kind
        self.people = []      # names of persons in participants
        self.next_action = 1
        self.next_decision = 1
        self.agenda_titles = []

    # -- small helpers ------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def fill(self, template, depth=0):
        r, y = self.r, self.date.year

        def slot(m):
            k = m.group(1)
            if k == "P":
                return self.pick(self.people) if self.people else self.person_name()
            if k in ("t", "Tc", "theme"):
                src = self.T["themes"] if k == "theme" else self.T["topics"]
                v = self.fill(self.pick(src), depth + 1) if depth < 2 else "saken"
                return v[0].upper() + v[1:] if k == "Tc" else v
            return {
                "o": lambda: self.pick(ORGS),
                "y": lambda: str(y), "y1": lambda: str(y + 1), "y3": lambda: str(y + 3),
                "yy": lambda: "%02d" % (y % 100),
                "n": lambda: str(r.randint(2, 14)),
                "pct": lambda: str(r.randint(3, 18)),
                "k": lambda: "{:,}".format(r.randint(20, 4000) * 1000).replace(",", " "),
                "m": lambda: self.pick(self.T["months"]),
                "team": lambda: self.pick(self.T["teams"]),
            }[k]()
        return _SLOT.sub(slot, template)

    def sentence(self):
        return self.fill(self.pick(self.T["sentences"]))

    def paragraph(self, lo=2, hi=5):
        return " ".join(self.sentence() for _ in range(self.r.randint(lo, hi)))

    def person_name(self):
        intl = 0.6 if self.lang == "en" else 0.08
        if self.r.random() < intl:
            return self.pick(FULL_NAMES_INTL)
        return self.pick(FIRST_NAMES_NO) + " " + self.pick(LAST_NAMES_NO)

    def markdown(self, blocks):
        """Markdown text with `blocks` blocks (paragraphs, lists, headings)."""
        r, out = self.r, []
        for i in range(blocks):
            x = r.random()
            if x < 0.45 or i == 0:
                out.append(self.paragraph(1, 4))
            elif x < 0.75:
                out.append("\n".join("- " + self.sentence() for _ in range(r.randint(2, 5))))
            elif x < 0.85:
                out.append("\n".join("%d. %s" % (j + 1, self.sentence())
                                     for j in range(r.randint(2, 4))))
            elif x < 0.93:
                out.append("### " + self.pick(self.T["headings"]) + "\n\n" + self.paragraph(1, 3))
            else:
                out.append("> " + self.sentence() + "\n>\n> — " + self.pick(self.people or ["NN"]))
        return Markdown("\n\n".join(out) + "\n")

    # -- sections -------------------------------------------------------------
    def participants(self, persons, groups):
        r, T = self.r, self.T
        names = []
        while len(names) < persons:
            n = self.person_name()
            if n not in names:
                names.append(n)
        self.people = names
        out = []
        for i, name in enumerate(names):
            p = {"name": name}
            if i == 0 or r.random() < 0.7:
                p["role"] = T["roles"][0] if i == 0 else self.pick(T["roles"][1:])
            if r.random() < 0.35:
                p["organization"] = self.pick(ORGS)
            if r.random() < 0.85:
                p["status"] = "present" if i == 0 else r.choices(
                    ["present", "regrets", "absent", "guest"], [78, 12, 4, 6])[0]
            out.append(p)
        away = [p["name"] for p in out if p.get("status") == "regrets"]
        if away and r.random() < 0.5:
            dep = self.person_name()
            if dep not in names:
                names.append(dep)
                out.append({"name": dep, "role": T["deputy"], "status": "present",
                            "on_behalf_of": self.pick(away)})
        for _ in range(groups):
            g = {"group": self.pick(T["groups"]), "count": r.randint(1, 60)}
            if r.random() < 0.5:
                g["note"] = self.pick(T["group_notes"])
            out.append(g)
        return out

    def agenda(self, middle):
        """Agenda: optional opening items, `middle` topical items, optional AOB."""
        ag, r = self.T["agenda"], self.r
        items = [{"title": t} for t in ag[:2] if r.random() < 0.5]
        items += [self.agenda_item(False) for _ in range(middle)]
        if r.random() < 0.5:
            items.append({"title": ag[2]})
        return items

    def agenda_item(self, rich):
        for _ in range(4):          # avoid repeating an agenda title within a record
            title = self.fill(self.pick(self.T["agenda"][3:]))
            if title not in self.agenda_titles:
                break
        self.agenda_titles.append(title)
        a = {"title": title}
        if self.people and self.r.random() < 0.6:
            a["presenter"] = self.pick(self.people)
        if rich or self.r.random() < 0.5:
            a["notes"] = self.markdown(self.r.randint(1, 3))
        return a

    def decision(self, taken=()):
        r = self.r
        for _ in range(4):          # avoid repeating a decision within a record
            text = self.fill(self.pick(self.T["decisions"]))
            if text not in taken:
                break
        if r.random() < 0.3:
            return text
        d = {}
        if r.random() < 0.9:
            d["id"] = "D%d-%d" % (self.date.year, self.next_decision)
            self.next_decision += 1
        d["text"] = text
        if r.random() < 0.45:
            voters = max(3, len(self.people))
            against = r.randint(0, voters // 3)
            abstain = r.randint(0, 2)
            d["votes"] = {"for": max(0, voters - against - abstain),
                          "against": against, "abstain": abstain}
        return d

    @staticmethod
    def decision_texts(rec):
        return [d if isinstance(d, str) else d["text"] for d in rec.get("decisions", [])]

    def action(self):
        r = self.r
        a = {"id": "A%d" % self.next_action,
             "task": self.fill(self.pick(self.T["actions"]))}
        self.next_action += 1
        if self.people and r.random() < 0.9:
            a["owner"] = self.pick(self.people)
        if r.random() < 0.8:
            a["due"] = self.date + dt.timedelta(days=r.randint(0, 120))
        if r.random() < 0.85:
            old = self.date.year < 2025
            a["status"] = r.choices(["open", "done", "cancelled"],
                                    [15, 78, 7] if old else [70, 25, 5])[0]
        return a

    def attachment(self):
        t = self.fill(self.pick(self.T["attachments"]))
        a = {"title": t}
        x = self.r.random()
        if x < 0.45:
            a["href"] = "https://intranett.example.no/dokumenter/%d/%s.pdf" % (
                self.date.year, slug(t))
        elif x < 0.75:
            a["href"] = "vedlegg/%s-%s.pdf" % (self.date.isoformat(), slug(t))
        elif x < 0.9:
            a["href"] = ("https://sharepoint.example.com/sites/moter/Shared%%20Documents/%s.docx"
                         % slug(t))
        return a

    def answer(self):
        r = self.r
        text = self.fill(self.pick(self.T["answers"]))
        if r.random() < 0.5:
            text += ". " + self.sentence()
        if r.random() < 0.45:
            return text
        a = {"text": text}
        if r.random() < 0.8:
            a["votes"] = r.randint(0, 25)
        if r.random() < 0.6:
            a["tags"] = list(dict.fromkeys(self.fill(self.pick(self.T["tags"]))
                                           for _ in range(r.randint(1, 3))))
        return a

    def question(self, answers):
        q = {"prompt": self.fill(self.pick(self.T["prompts"]))}
        if self.r.random() < 0.7:
            q["columns"] = self.r.randint(1, 12)
        if answers:
            q["answers"] = [self.answer() for _ in range(answers)]
        return q

    def workshop(self, questions, answers):
        return {"title": self.fill(self.pick(self.T["themes"])),
                "questions": [self.question(self.r.randint(*answers))
                              for _ in range(questions)]}

    # -- whole record -----------------------------------------------------------
    def base(self, large):
        r, T = self.r, self.T
        rec = {"title": self.fill(self.pick(T["titles"][self.kind]))}
        rec["date"] = self.date
        if large:
            start = r.randrange(8 * 60, 10 * 60 + 1, 15)
            dur = r.randrange(240, 481, 30)
        else:
            start = r.randrange(7 * 60 + 30, 19 * 60 + 1, 15)
            dur = r.choice([30, 45, 60, 60, 90, 90, 120, 120, 150, 180, 240])
        end = min(start + dur, 23 * 60 + 45)
        if r.random() < 0.92:
            rec["start"] = hm(start)
            if r.random() < 0.85:
                rec["end"] = hm(end)
        if large or r.random() < 0.9:
            rec["location"] = self.pick(T["locations"])
        rec["language"] = self.lang
        if r.random() < 0.85:
            rec["status"] = "approved" if self.date.year < 2025 or r.random() < 0.5 else "draft"

        persons = r.randint(8, 40) if large else r.randint(2, 9)
        groups = r.choices([0, 1, 2], [70, 22, 8])[0] + (1 if large else 0)
        if large or r.random() < 0.95:
            rec["participants"] = self.participants(persons, groups)
        if r.random() < 0.6:
            rec["organizer"] = self.pick(self.people) if self.people and r.random() < 0.7 \
                else self.pick(ORGS)
        if large or r.random() < 0.8:
            chair = self.people[0] if self.people else self.person_name()
            opening = T["opening"].replace("{hm}", hm(start + r.randint(0, 5))).replace("{P}", chair)
            rec["summary"] = Markdown(opening + " " + self.paragraph(1, 3) + "\n")
        if large or r.random() < 0.85:
            rec["agenda"] = self.agenda(r.randint(1, 4))
        if r.random() < 0.7:
            rec["decisions"] = []
            for _ in range(r.randint(1, 3)):
                rec["decisions"].append(self.decision(self.decision_texts(rec)))
        if r.random() < 0.65:
            rec["actions"] = [self.action() for _ in range(r.randint(1, 4))]
        if r.random() < 0.35:
            rec["attachments"] = [self.attachment() for _ in range(r.randint(1, 3))]
        if large:
            rec["workshops"] = [self.workshop(r.randint(3, 6), (4, 12))
                                for _ in range(r.randint(1, 3))]
        elif self.kind in ("retro", "workshop") or r.random() < 0.04:
            rec["workshops"] = [self.workshop(r.randint(1, 3), (0, 5))]
        if r.random() < 0.5:
            nm = {}
            if r.random() < 0.6:
                nm["title"] = self.pick(T["next_titles"])
            nm["date"] = self.date + dt.timedelta(days=r.randint(1, 63))
            if r.random() < 0.7:
                s2 = r.randrange(8 * 60, 18 * 60 + 1, 15)
                nm["start"] = hm(s2)
                if r.random() < 0.8:
                    nm["end"] = hm(s2 + r.choice([30, 60, 90, 120]))
            if r.random() < 0.6:
                nm["location"] = self.pick(T["locations"])
            rec["next_meeting"] = nm
        return rec

    def grow(self, rec, units):
        """Add `units` pieces of content to sections the record already has."""
        r = self.r
        for _ in range(units):
            if "workshops" in rec and (self.kind == "workshop" or r.random() < 0.3):
                ws = self.pick(rec["workshops"])
                q = ws["questions"][-1]
                if len(q.get("answers", [])) >= r.randint(30, 90):
                    ws["questions"].append(self.question(1))
                else:
                    q.setdefault("answers", []).append(self.answer())
                continue
            x = r.random()
            if "agenda" in rec and x < 0.55:
                if len(rec["agenda"]) < 14 and r.random() < 0.35:
                    rec["agenda"].insert(len(rec["agenda"]) - 1, self.agenda_item(True))
                else:
                    fixed = self.T["agenda"][:3]
                    a = self.pick([a for a in rec["agenda"] if a["title"] not in fixed]
                                  or rec["agenda"])
                    a["notes"] = Markdown((a.get("notes", "").rstrip("\n") + "\n\n"
                                           + self.markdown(1)).lstrip("\n"))
            elif "decisions" in rec and x < 0.68 and len(rec["decisions"]) < 10:
                rec["decisions"].append(self.decision(self.decision_texts(rec)))
            elif "actions" in rec and x < 0.80 and len(rec["actions"]) < 15:
                rec["actions"].append(self.action())
            else:
                rec["summary"] = Markdown((rec.get("summary", "").rstrip("\n") + "\n\n"
                                           + self.markdown(1)).lstrip("\n"))

    def trim(self, rec):
        """Drop the last workshop answer (used only to honour SIZE_CAP)."""
        for ws in reversed(rec.get("workshops", [])):
            for q in reversed(ws["questions"]):
                if len(q.get("answers", [])) > 1:
                    q["answers"].pop()
                    return True
        return False


def make_record(rng, lang, date, kind, target, large):
    m = Maker(rng, lang, date, kind)
    rec = m.base(large)
    text = to_yaml(rec)
    size = len(text.encode())
    avg = 160 if large else 330       # rough bytes added per grow() unit
    while size < target:
        m.grow(rec, max(1, int((target - size) / avg * 0.6)))
        text = to_yaml(rec)
        size = len(text.encode())
    while size > SIZE_CAP and m.trim(rec):
        text = to_yaml(rec)
        size = len(text.encode())
    return text


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def plan(count, seed):
    """Decide date, kind, language and target size of every record."""
    r = random.Random("minutes-bench-plan:%d" % seed)
    span = (LAST_DAY - FIRST_DAY).days + 1
    n_large = round(count * LARGE_SHARE)
    large_idx = set(r.sample(range(count), n_large))
    items = []
    for i in range(count):
        d = FIRST_DAY + dt.timedelta(days=r.randrange(span))
        if d.weekday() >= 5 and r.random() < 0.92:      # few weekend meetings:
            d += dt.timedelta(days=(4 - d.weekday()) if r.random() < 0.5 else (7 - d.weekday()))
        large = i in large_idx
        if large:
            kind = "workshop"
            target = int(math.exp(r.uniform(math.log(LARGE_MIN), math.log(LARGE_MAX))))
        else:
            kind = r.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
            target = int(min(NORMAL_MAX, max(NORMAL_MIN,
                                             r.lognormvariate(math.log(NORMAL_MEDIAN), NORMAL_SIGMA))))
        lang = r.choices([k for k, _ in LANGS], [w for _, w in LANGS])[0]
        items.append((d, i, kind, lang, target, large))
    items.sort()
    return items


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=10_000, help="number of records (default 10000)")
    ap.add_argument("--out", default="bench-data", help="output directory (default ./bench-data)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = ap.parse_args(argv)
    if args.count < 1:
        ap.error("--count must be >= 1")

    width = max(4, len(str(args.count - 1)))
    sizes = []
    for num, (date, i, kind, lang, target, large) in enumerate(plan(args.count, args.seed)):
        rng = random.Random("minutes-bench:%d:%d" % (args.seed, i))
        text = make_record(rng, lang, date, kind, target, large)
        folder = os.path.join(args.out, str(date.year))
        os.makedirs(folder, exist_ok=True)
        name = "%s-%s-%0*d.yaml" % (date.isoformat(), kind, width, num)
        data = text.encode("utf-8")
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        sizes.append(len(data))

    print("generated %d files in %s: %.1f MB total, median %.1f KB, max %.1f KB"
          % (len(sizes), args.out, sum(sizes) / 1e6,
             statistics.median(sizes) / 1e3, max(sizes) / 1e3))
    return 0


if __name__ == "__main__":
    sys.exit(main())
