"""NX06-NX10 builders. Each returns dict(html, fields, pages, kind, mode, noise)."""
import html as _html
from common import npi, P, D, page, faxline, TXHDR_CSS


# ---------------------------------------------------------------- NX06
def nx06():
    """Old DOS-era practice system: pipe/ASCII-table referral printout, monospace, + ASCII lab page."""
    f = {
        "patient_last_name": "Duarte",
        "patient_first_name": "Rosemary",
        "patient_dob": "1952-06-30",
        "patient_sex": "F",
        "patient_phone": "7757381946",
        "patient_mrn": "0012874",
        "insurance_payer": "Hometown Health",
        "insurance_member_id": "HTH0048822915",
        "referring_provider": "Vernon Huang",
        "referring_npi": npi("163301857"),
        "referring_phone": "7757384120",
        "referring_fax": "7757384127",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Esperanza Lundgren",
        "diagnosis_codes": ["D50.0", "K92.1"],
        "reason": "IRON DEFICIENCY ANEMIA WITH INTERMITTENT MELENA, HGB 8.9. REQUEST EGD AND COLONOSCOPY",
        "urgency": "urgent",
        "referral_date": "2026-11-12",
    }
    W = 88  # inner width

    def rule(ch="-"):
        return "+" + ch * (W - 2) + "+"

    def line(text=""):
        return "| " + text.ljust(W - 4)[:W - 4] + " |"

    def kv(k1, v1, k2="", v2=""):
        left = f"{k1:<13}| {v1}"
        if k2:
            return "| " + f"{left:<44}| {k2:<12}| {v2}".ljust(W - 4) + " |"
        return line(left)

    rp = D(f["referral_date"], "us_yy")
    dob = D(f["patient_dob"], "us_yy")
    L = [
        rule("="),
        line(f"PRACTICEMASTER 4.1    *** REFERRAL AUTHORIZATION REQUEST ***    RUN: {rp} 08:14"),
        line("HUANG FAMILY & INTERNAL MEDICINE   1020 IDAHO ST  ELKO NV 89801        PG 1"),
        rule("="),
        kv("PT NAME", "DUARTE, ROSEMARY T", "CHART#", f["patient_mrn"]),
        kv("BIRTH DT", dob, "SEX", "F"),
        kv("ADDRESS", "2215 CEDAR ST", "ACCT#", "55102-0"),
        kv("", "ELKO NV 89801", "LAST VISIT", D("2026-11-10", "us_yy")),
        kv("HOME PH", P(f["patient_phone"], "slash"), "WORK PH", "NONE"),
        kv("EMERG", "ALFRED DUARTE (SPOUSE)", "PH", P("7757385513", "slash")),
        rule(),
        kv("PRIM INS", "HOMETOWN HEALTH", "PLAN", "HMO SR 12"),
        kv("POLICY#", f["insurance_member_id"], "GROUP#", "NV0418"),
        kv("SUBSCRIBER", "DUARTE, ROSEMARY T (SELF)", "EFF DT", D("2024-01-01", "us_yy")),
        kv("SEC INS", "** NONE ON FILE **"),
        rule(),
        kv("REF FROM", "HUANG, VERNON K  MD", "NPI", f["referring_npi"]),
        kv("OFFICE PH", P(f["referring_phone"], "slash"), "FAX", P(f["referring_fax"], "slash")),
        kv("PCP", "HUANG, VERNON K  MD", "UPIN", "H44180"),
        rule(),
        kv("REF TO", "LUNDGREN, ESPERANZA  MD", "SPECIALTY", "GASTRO"),
        kv("FACILITY", "RUBY MTN GASTROENTEROLOGY", "PH", P("7757531177", "slash")),
        kv("", "545 RIVER ST ELKO NV", "FAX", P("7757531170", "slash")),
        kv("PRIORITY", "2 - URGENT", "VISITS", "03"),
        kv("REQ DATE", rp, "EXPIRES", D("2027-02-12", "us_yy")),
        line("             (PRIORITY CODES: 1=STAT  2=URGENT  3=ROUTINE)"),
        rule(),
        line("DX  | CODE     | DESCRIPTION"),
        line("----+----------+--------------------------------------------------------------"),
        line(" 1  | D50.0    | IRON DEFIC ANEMIA SECONDARY TO BLOOD LOSS (CHRONIC)"),
        line(" 2  | K92.1    | MELENA"),
        line("----+----------+--------------------------------------------------------------"),
        line("PROC| 43235  EGD DIAGNOSTIC     45378  COLONOSCOPY DIAGNOSTIC"),
        rule(),
        line("REASON FOR REFERRAL:"),
        line("  IRON DEFICIENCY ANEMIA WITH INTERMITTENT MELENA, HGB 8.9."),
        line("  REQUEST EGD AND COLONOSCOPY"),
        line(""),
        line("NOTES:"),
        line("  PT TAKES ASA 81 DAILY + NAPROXEN OTC FOR KNEES (STOPPED 11/10/26)."),
        line("  NO PRIOR COLONOSCOPY. FERROUS SULFATE 325 BID STARTED 11/10/26."),
        line("  HEMOCCULT POS X2. HGB 11.6 ON 05/14/26 -> 8.9 ON 11/10/26. SEE LABS PG 2."),
        line("  PT AWARE TO GO TO ER FOR BLACK STOOLS W/ DIZZINESS OR SYNCOPE."),
        line("  PREFERS APPTS AFTER 10AM. SPANISH/ENGLISH."),
        rule(),
        line("AUTH#: PENDING   ENTERED BY: KMS   SIGNED: V.K.HUANG MD"),
        rule("="),
    ]
    L2 = [
        rule("="),
        line(f"PRACTICEMASTER 4.1      *** LAB RESULTS - CUMULATIVE ***       RUN: {rp} 08:15"),
        line("HUANG FAMILY & INTERNAL MEDICINE                                          PG 2"),
        rule("="),
        kv("PT NAME", "DUARTE, ROSEMARY T", "CHART#", f["patient_mrn"]),
        kv("BIRTH DT", dob, "ORDERED BY", "V.HUANG"),
        kv("LAB", "NE NEVADA REGIONAL LAB", "CLIA", "29D0651184"),
        rule(),
        line("TEST                    RESULT   FLAG  UNITS      REF RANGE    COLLECTED"),
        line("----------------------- -------- ----  ---------- ------------ ----------"),
        line("HEMOGLOBIN              8.9      L     G/DL       12.0-15.5    11/10/26"),
        line("HEMATOCRIT              28.4     L     %          36.0-46.0    11/10/26"),
        line("MCV                     71       L     FL         80-100       11/10/26"),
        line("PLATELETS               412      H     K/UL       150-400      11/10/26"),
        line("WBC                     6.8            K/UL       4.0-11.0     11/10/26"),
        line("FERRITIN                6        L     NG/ML      15-150       11/10/26"),
        line("IRON, TOTAL             22       L     UG/DL      50-170       11/10/26"),
        line("TIBC                    468      H     UG/DL      250-450      11/10/26"),
        line("BUN                     24       H     MG/DL      7-20         11/10/26"),
        line("CREATININE              0.9            MG/DL      0.5-1.1      11/10/26"),
        line("----------------------- -------- ----  ---------- ------------ ----------"),
        line("HEMOGLOBIN              11.6     L     G/DL       12.0-15.5    05/14/26"),
        line("HEMOGLOBIN              12.8           G/DL       12.0-15.5    11/03/25"),
        line("OCCULT BLOOD, FECAL     POS      A                NEG          11/10/26"),
        line("OCCULT BLOOD, FECAL     POS      A                NEG          11/11/26"),
        rule(),
        line("*** END OF REPORT ***"),
        rule("="),
    ]
    css = """
body { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 9pt; }
pre { font-family: inherit; font-size: inherit; margin: 0; line-height: 1.32; }
.ff { font-size: 8pt; margin-top: 10px; }
""" + TXHDR_CSS
    esc = lambda rows: _html.escape("\n".join(rows))
    body = f"""
{faxline('NOV 12 26 08:21', 'HUANG FAM MED', P(f['referring_fax'],'dash'), 1, 2)}
<pre>{esc(L)}</pre>
<div class="ff">CONFIDENTIAL PATIENT INFORMATION - IF RECEIVED IN ERROR CALL {P(f['referring_phone'],'slash')}</div>
<div class="pb"></div>
{faxline('NOV 12 26 08:22', 'HUANG FAM MED', P(f['referring_fax'],'dash'), 2, 2)}
<pre>{esc(L2)}</pre>
"""
    return dict(html=page("NX06", css, body), fields=f, pages=2, mode="standard", noise=dict(specks=240),
                kind="old_practice_system_ascii_pipe_table_printout_plus_lab_page_gi")


# ---------------------------------------------------------------- NX07
def nx07():
    """Audiology practice, landscape three-panel form with audiogram table, to ENT."""
    f = {
        "patient_last_name": "Fitzgerald",
        "patient_first_name": "Declan",
        "patient_dob": "1968-10-03",
        "patient_sex": "M",
        "patient_phone": "9702415528",
        "insurance_payer": "Rocky Mountain Health Plans",
        "insurance_member_id": "RMH7720015433",
        "referring_provider": "Kendra Vollmer",
        "referring_npi": npi("145590326"),
        "referring_phone": "9702433217",
        "referring_fax": "9702433290",
        "referred_to_specialty": "otolaryngology",
        "diagnosis_codes": ["H90.41", "H93.11"],
        "reason": "Asymmetric right sensorineural hearing loss with unilateral tinnitus; rule out retrocochlear pathology (MRI of internal auditory canals)",
        "urgency": "routine",
        "referral_date": "2026-11-04",
    }
    page_css = "@page { size: letter landscape; margin: 0.45in 0.5in; }"
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 9.5pt; }
.hd { display: flex; justify-content: space-between; align-items: center; border-bottom: 2.5pt solid #000; padding-bottom: 3px; }
.hd .n { font-size: 16pt; font-weight: bold; }
.hd .n span { font-weight: normal; font-size: 10pt; }
.hd .t { font-size: 12.5pt; font-weight: bold; letter-spacing: 2px; border: 1.5pt solid #000; padding: 2px 10px; white-space: nowrap; }
.nw { white-space: nowrap; }
.hd .r { font-size: 8.5pt; text-align: right; white-space: nowrap; }
.cols { display: flex; gap: 10px; margin-top: 8px; }
.panel { flex: 1; border: 1pt solid #000; }
.panel .ph { font-weight: bold; font-size: 9pt; border-bottom: 1pt solid #000; padding: 2px 5px; letter-spacing: 1px; background: #fff; }
.panel table { width: 100%; }
.panel td { padding: 2px 5px; vertical-align: top; font-size: 9.5pt; }
.panel td.k { width: 38%; font-size: 8pt; }
.panel td.v { font-weight: bold; }
.lower { display: flex; gap: 10px; margin-top: 8px; }
table.aud { border: 1pt solid #000; font-size: 8.5pt; }
table.aud th, table.aud td { border: 0.5pt solid #000; padding: 1px 6px; text-align: center; }
.box { border: 1pt solid #000; padding: 4px 6px; font-size: 9pt; }
.box p { margin: 2px 0 4px 0; line-height: 1.3; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 7.5pt; display: flex; justify-content: space-between; }
"""

    def rows(items):
        return "".join(f'<tr><td class="k">{k}</td><td class="v">{v}</td></tr>' for k, v in items)

    hz = ["250", "500", "1000", "2000", "3000", "4000", "6000", "8000"]
    r_ac = ["20", "25", "35", "50", "60", "65", "70", "75"]
    l_ac = ["10", "10", "15", "15", "20", "25", "30", "35"]
    r_bc = ["15", "25", "35", "45", "55", "65", "NR", ""]
    l_bc = ["10", "10", "10", "15", "20", "25", "", ""]
    aud = ("<tr><th>Hz</th>" + "".join(f"<th>{h}</th>" for h in hz) + "</tr>"
           + "<tr><td>R air (dB HL)</td>" + "".join(f"<td>{v}</td>" for v in r_ac) + "</tr>"
           + "<tr><td>R bone</td>" + "".join(f"<td>{v}</td>" for v in r_bc) + "</tr>"
           + "<tr><td>L air (dB HL)</td>" + "".join(f"<td>{v}</td>" for v in l_ac) + "</tr>"
           + "<tr><td>L bone</td>" + "".join(f"<td>{v}</td>" for v in l_bc) + "</tr>")
    body = f"""
<div class="hd"><div class="n">Summit Hearing &amp; Balance <span>&mdash; Doctors of Audiology</span></div>
<div class="t">MEDICAL REFERRAL &mdash; ENT</div>
<div class="r">2754 Compass Dr, Ste 120, Grand Junction, CO 81506<br>Tel {P(f['referring_phone'],'dash')} &middot; Fax {P(f['referring_fax'],'dash')}<br>Hearing-aid repairs {P('9702433225','dash')}</div></div>
<div class="cols">
<div class="panel"><div class="ph">1 &middot; CLIENT</div><table>{rows([
    ('Surname', 'FITZGERALD'), ('Given name', 'Declan P.'), ('Date of birth', D(f['patient_dob'], 'us')),
    ('Gender', 'Male'), ('Mobile', P(f['patient_phone'])), ('Address', '618 Teller Ave, Grand Junction CO 81501'),
    ('Occupation', 'Heavy-equipment operator (noise exposure)'), ('Hearing aids', 'none; trial declined')])}</table></div>
<div class="panel"><div class="ph">2 &middot; COVERAGE</div><table>{rows([
    ('Medical insurer', 'Rocky Mountain Health Plans'), ('Subscriber no.', 'RMH 7720015433'),
    ('Group', 'GJ-CONST-44'), ('Subscriber', 'self'), ('Hearing benefit', 'TruHearing (separate), not used'),
    ('Prior auth', 'not required for ENT consult per RMHP portal ' + D('2026-11-03', 'us_short'))])}</table></div>
<div class="panel"><div class="ph">3 &middot; REFERRAL</div><table>{rows([
    ('From', 'Kendra Vollmer, Au.D., CCC-A'), ('NPI', f['referring_npi']), ('To', 'Otolaryngology (ENT) &mdash; first available physician'),
    ('Suggested', 'Western Slope ENT, fax <span class="nw">' + P('9702457761', 'dash') + '</span>'), ('ICD-10-CM', 'H90.41 &nbsp;&nbsp; H93.11'),
    ('Urgency', 'Routine (no sudden loss &mdash; onset &gt; 1 yr)'), ('Date', D(f['referral_date'], 'long')),
    ('PCP (cc)', 'Gloria Ibsen, MD &mdash; fax <span class="nw">' + P('9702419930', 'dash') + '</span>')])}</table></div>
</div>
<div class="box" style="margin-top:8px"><b>Reason for referral:</b> {f['reason']}.</div>
<div class="lower">
<div><div style="font-weight:bold;font-size:9pt;margin-bottom:2px">Pure-tone thresholds &mdash; tested {D('2026-11-02','us')} (calibrated {D('2026-06-15','us')}, ANSI S3.6)</div>
<table class="aud">{aud}</table>
<table class="aud" style="margin-top:6px"><tr><th></th><th>SRT</th><th>WRS</th><th>Level</th><th>Tymp</th><th>Acoustic reflex (ipsi 1k)</th></tr>
<tr><td>Right</td><td>45 dB</td><td>64%</td><td>85 dB HL</td><td>Type A</td><td>absent</td></tr>
<tr><td>Left</td><td>15 dB</td><td>100%</td><td>55 dB HL</td><td>Type A</td><td>present 90 dB</td></tr></table></div>
<div class="box" style="flex:1"><p><b>History:</b> 58 y/o man, gradual R hearing decline noticed ~2024, constant R-sided ringing, intermittent imbalance on stairs. No otalgia, otorrhea or vertigo spells. Noise: 30 yrs heavy equipment, inconsistent protection. Prior screening 2019 (employer) symmetric.</p>
<p><b>Otoscopy:</b> clear canals, intact TMs AU.</p>
<p><b>Impression:</b> R moderate-to-severe sloping SNHL with poor word recognition relative to PTA (rollover not tested); L normal to mild high-frequency loss. Asymmetry &ge; 15 dB at 3 contiguous frequencies. Tinnitus R (THI 46, moderate handicap).</p>
<p><b>Recommendations:</b> ENT medical clearance and imaging per physician; ABR available here if MRI contraindicated. Hearing-aid/CROS evaluation after medical clearance. Return 6 months ({D('2027-05-04','us')}).</p>
<p style="margin-top:8px">Signed: <span style="font-family:Z003,cursive;font-size:15pt">Kendra Vollmer</span> Au.D. &nbsp;&middot;&nbsp; CO audiology lic. AUD.0000871 &nbsp;&middot;&nbsp; CPT 92557, 92567, 92568</p></div>
</div>
<div class="foot"><span>SHB-ENT-REF v5 (landscape)</span><span>Client ID on file: none (walk-in hearing screen)</span><span>Page 1 of 1</span></div>
"""
    return dict(html=page("NX07", css, body, page_css, sheet_h="7.55in"), fields=f, pages=1, mode="fine", noise=dict(specks=170),
                kind="audiologist_landscape_three_panel_form_audiogram_ent")


# ---------------------------------------------------------------- NX08
def nx08():
    """Retail walk-in clinic STAT transfer sheet with a big rotated STAT stamp; + CBC report."""
    f = {
        "patient_last_name": "Ruiz",
        "patient_first_name": "Damian",
        "patient_dob": "1994-05-17",
        "patient_sex": "M",
        "patient_phone": "6024187739",
        "patient_mrn": "QC14-55310",
        "insurance_payer": "Mercy Care",
        "insurance_member_id": "A12873340",
        "referring_provider": "Gareth Osei",
        "referring_phone": "6029334410",
        "referring_fax": "6029334415",
        "referred_to_specialty": "hematology",
        "referred_to_provider": "Anil Deshpande",
        "diagnosis_codes": ["D72.829", "D64.9", "D69.6"],
        "reason": "Marked leukocytosis (WBC 48.6) with anemia, thrombocytopenia and circulating blasts on smear; concern for acute leukemia",
        "urgency": "stat",
        "referral_date": "2026-11-09",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Arial Narrow', sans-serif; font-size: 11pt; }
.hd { display: flex; justify-content: space-between; border-bottom: 3pt solid #000; padding-bottom: 4px; min-height: 1.45in; }
.hd .n { font-size: 17pt; font-weight: bold; font-family: 'Liberation Sans', sans-serif; }
.hd .s { font-size: 9.5pt; }
.title { font-size: 19pt; font-weight: bold; margin: 10px 0 6px 0; font-family: 'Liberation Sans', sans-serif; }
.stamp { position: absolute; top: 0.42in; right: 0.2in; transform: rotate(-12deg); border: 6pt solid #000; border-radius: 10px; padding: 2px 16px; font-family: 'Liberation Sans', sans-serif; font-weight: bold; font-size: 56pt; letter-spacing: 8px; line-height: 1; }
.stamp small { display: block; font-size: 11pt; letter-spacing: 2px; text-align: center; }
table.g { width: 100%; border: 2pt solid #000; }
table.g td { border: 1pt solid #000; padding: 3px 6px 5px 6px; vertical-align: top; }
table.g .k { display: block; font-size: 8pt; font-weight: bold; text-transform: uppercase; }
table.g .v { font-size: 12pt; }
.sh { background: #000; color: #fff; font-weight: bold; padding: 2px 6px; font-size: 10.5pt; letter-spacing: 1px; }
.call { border: 2pt dashed #000; padding: 6px; margin-top: 8px; font-size: 11pt; }
.hw { font-family: 'URW Bookman', serif; font-style: italic; font-size: 12pt; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 8pt; display: flex; justify-content: space-between; border-top: 0.5pt solid #000; }
.lab { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }
.lab table { width: 100%; }
.lab th { text-align: left; border-bottom: 1.5pt solid #000; padding: 3px; }
.lab td { padding: 3px; border-bottom: 0.5pt solid #000; }
""" + TXHDR_CSS
    body = f"""
{faxline('11/09/2026 15:52', 'QUICKCARE 14', P(f['referring_fax'],'dash'), 1, 2)}
<div class="stamp">STAT<small>SAME-DAY &middot; CALLED AHEAD</small></div>
<div class="hd"><div><div class="n">QuickCare Walk-In Clinic #14</div>
<div class="s">inside FreshWay Pharmacy &middot; 4410 E Indian School Rd, Phoenix, AZ 85018<br>
Clinic {P(f['referring_phone'],'dash')} &middot; Clinic fax {P(f['referring_fax'],'dash')}<br>Open 8a&ndash;8p daily &middot; Pharmacy {P('6029334400','dash')}</div></div></div>
<div class="title">PATIENT TRANSFER / DIRECT REFERRAL</div>
<div class="sh">PATIENT</div>
<table class="g">
<tr><td style="width:40%"><span class="k">Pt name (last, first)</span><span class="v"><b>RUIZ, Damian</b></span></td>
<td style="width:22%"><span class="k">DOB</span><span class="v">{D(f['patient_dob'],'abbr')}</span></td>
<td style="width:10%"><span class="k">Sex</span><span class="v">M</span></td>
<td><span class="k">Patient ID</span><span class="v">{f['patient_mrn']}</span></td></tr>
<tr><td><span class="k">Cell</span><span class="v">{P(f['patient_phone'],'dot')}</span></td>
<td colspan="2"><span class="k">Plan</span><span class="v">Mercy Care</span></td>
<td><span class="k">Member #</span><span class="v">{f['insurance_member_id']}</span></td></tr>
<tr><td><span class="k">Program</span><span class="v">AHCCCS Complete Care</span></td>
<td colspan="3"><span class="k">Visit # / arrived</span><span class="v">V-1148823 &middot; {D('2026-11-09','us')} 13:58</span></td></tr>
</table>
<div class="sh" style="margin-top:8px">SENDING CLINICIAN</div>
<table class="g">
<tr><td style="width:40%"><span class="k">Name</span><span class="v">Gareth Osei, PA-C</span></td>
<td><span class="k">Direct / cell while on shift</span><span class="v">{P(f['referring_phone'],'dash')} (clinic)</span></td>
<td><span class="k">Fax results to</span><span class="v">{P(f['referring_fax'],'dash')}</span></td></tr>
<tr><td colspan="3"><span class="k">Supervising physician (off-site)</span><span class="v">Helen Marsh, MD &mdash; QuickCare regional medical director, {P('4805520900','dash')}</span></td></tr>
</table>
<div class="sh" style="margin-top:8px">RECEIVING</div>
<table class="g">
<tr><td style="width:40%"><span class="k">Specialist requested</span><span class="v"><b>Hematology</b></span></td>
<td><span class="k">Physician</span><span class="v">Anil Deshpande, MD</span></td>
<td><span class="k">Location</span><span class="v">Desert Sky Blood Disorders Center, 1919 E Thomas Rd</span></td></tr>
<tr><td><span class="k">Their phone</span><span class="v">{P('6022664300','dash')}</span></td>
<td colspan="2"><span class="k">Their fax</span><span class="v">{P('6022664399','dash')}</span></td></tr>
</table>
<div class="sh" style="margin-top:8px">CLINICAL</div>
<table class="g">
<tr><td style="width:30%"><span class="k">Dx codes</span><span class="v"><b>D72.829 &nbsp; D64.9 &nbsp; D69.6</b></span></td>
<td><span class="k">Priority</span><span class="v"><b>STAT</b> &mdash; to be seen today &nbsp; ( ) routine &nbsp; ( ) urgent 24&ndash;72 h &nbsp; (X) STAT</span></td></tr>
<tr><td colspan="2"><span class="k">Reason</span><span class="v">{f['reason']}</span></td></tr>
<tr><td colspan="2"><span class="k">Findings</span><span class="v">28 y/o M, 2 wks fatigue, gum bleeding, petechiae on shins, low-grade fever 100.6&deg;F. HR 112, BP 118/64, SpO2 97%. No splenomegaly palpable. Point-of-care CBC here then confirmed by Sonora Reference Lab (attached, p. 2): WBC 48.6, Hgb 7.9, Plt 31, blasts ~30% on manual diff.</span></td></tr>
</table>
<div class="call"><b>Phone handoff:</b> <span class="hw">Spoke w/ Dr. Deshpande 15:40 &mdash; accepts, send pt now to 1919 E Thomas, 3rd fl infusion. If clinic closed &rarr; Banner Univ. ED. Pt driven by brother. &mdash; G.O.</span></div>
<div style="margin-top:10px;font-size:10pt">Sent {D(f['referral_date'],'us')} 15:48 &nbsp;&middot;&nbsp; Signature: <span style="font-family:Z003,cursive;font-size:15pt">G. Osei PA-C</span> &nbsp;&middot;&nbsp; Copy to pt. PCP listed: none.</div>
<div class="foot"><span>QC-TRANSFER-02</span><span>Page 1 of 2</span></div>

<div class="pb"></div>
{faxline('11/09/2026 15:53', 'QUICKCARE 14', P(f['referring_fax'],'dash'), 2, 2)}
<div class="lab">
<div style="display:flex;justify-content:space-between;border-bottom:2pt solid #000;padding-bottom:4px">
<div><b style="font-size:14pt">SONORA REFERENCE LABORATORY</b><br>2200 N Central Ave, Phoenix AZ 85004 &middot; CLIA 03D2047719 &middot; Client services {P('6028770600','dash')}</div>
<div style="text-align:right">Lab director: Vivian Cheng, MD, PhD<br>Report status: <b>FINAL &mdash; CRITICAL</b></div></div>
<table style="margin-top:8px">
<tr><td><b>Patient:</b> RUIZ, DAMIAN</td><td><b>DOB:</b> {D(f['patient_dob'],'us')}</td><td><b>Sex:</b> M</td><td><b>Accession:</b> SRL-26-3318870</td></tr>
<tr><td><b>Ordering:</b> OSEI, GARETH PA-C</td><td><b>Client:</b> QuickCare #14</td><td><b>Collected:</b> {D('2026-11-09','us')} 14:20</td><td><b>Reported:</b> {D('2026-11-09','us')} 15:31</td></tr>
</table>
<table style="margin-top:12px">
<tr><th>Test</th><th>Result</th><th>Flag</th><th>Units</th><th>Reference</th></tr>
<tr><td>WBC</td><td>48.6</td><td>CRIT H</td><td>x10^3/uL</td><td>4.0&ndash;11.0</td></tr>
<tr><td>RBC</td><td>2.61</td><td>L</td><td>x10^6/uL</td><td>4.50&ndash;5.90</td></tr>
<tr><td>Hemoglobin</td><td>7.9</td><td>CRIT L</td><td>g/dL</td><td>13.5&ndash;17.5</td></tr>
<tr><td>Hematocrit</td><td>23.8</td><td>L</td><td>%</td><td>41&ndash;53</td></tr>
<tr><td>MCV</td><td>91</td><td></td><td>fL</td><td>80&ndash;100</td></tr>
<tr><td>Platelets</td><td>31</td><td>CRIT L</td><td>x10^3/uL</td><td>150&ndash;400</td></tr>
<tr><td>Neutrophils (manual)</td><td>12</td><td>L</td><td>%</td><td>40&ndash;75</td></tr>
<tr><td>Lymphocytes</td><td>48</td><td>H</td><td>%</td><td>20&ndash;45</td></tr>
<tr><td>Blasts</td><td>30</td><td>CRIT H</td><td>%</td><td>0</td></tr>
<tr><td>Smear comment</td><td colspan="4">Numerous medium-to-large blasts with fine chromatin; rare Auer rods. Pathologist review recommended.</td></tr>
</table>
<p style="margin-top:12px">Critical values called to G. Osei PA-C at {D('2026-11-09','us')} 15:33, read back verified (tech: LMR).</p>
</div>
<div class="foot"><span>SRL report v3</span><span>Page 2 of 2</span></div>
"""
    return dict(html=page("NX08", css, body), fields=f, pages=2, mode="standard", noise=dict(specks=260),
                kind="retail_walk_in_clinic_stat_transfer_sheet_big_stamp_plus_cbc_hematology")


# ---------------------------------------------------------------- NX09
def nx09():
    """Spanish-first bilingual community-clinic form (dia/mes/ano dates, blank sex); + lab page."""
    f = {
        "patient_last_name": "Reyes Santillán",
        "patient_first_name": "María Guadalupe",
        "patient_dob": "1971-04-23",
        "patient_phone": "9563804412",
        "patient_mrn": "LE-0098127",
        "insurance_payer": "Superior HealthPlan",
        "insurance_member_id": "712904388",
        "referring_provider": "Joaquín Ybarra",
        "referring_npi": npi("191843306"),
        "referring_phone": "9563804400",
        "referring_fax": "9563804455",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Helena Castañeda",
        "diagnosis_codes": ["M25.50", "R76.8", "R53.83"],
        "reason": "Inflammatory polyarthralgia of the hands with morning stiffness over 1 hour, positive RF and anti-CCP; evaluate for rheumatoid arthritis",
        "urgency": "urgent",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 9.5pt; }
.hd { text-align: center; }
.hd .n { font-size: 15pt; font-weight: bold; }
.hd .a { font-size: 9pt; }
.ti { margin: 4px 0; text-align: center; font-size: 13pt; font-weight: bold; border: 2pt solid #000; padding: 3px; }
.ti i { font-weight: normal; font-size: 10pt; }
table.f { width: 100%; border: 1.5pt solid #000; }
table.f td { border: 0.75pt solid #000; padding: 1px 5px 3px 5px; vertical-align: top; }
.es { font-weight: bold; font-size: 9pt; display: block; }
.en { font-style: italic; font-size: 7.5pt; display: block; margin-bottom: 1px; }
.v { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
.sec { font-weight: bold; font-size: 10pt; margin-top: 6px; border-bottom: 1.5pt solid #000; letter-spacing: 1px; }
.sec i { font-weight: normal; font-size: 8.5pt; letter-spacing: 0; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 7.5pt; display: flex; justify-content: space-between; border-top: 0.5pt solid #000; }
.lab table { width: 100%; border: 1pt solid #000; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
.lab th, .lab td { border: 0.5pt solid #000; padding: 3px 5px; text-align: left; }
""" + TXHDR_CSS

    def c(es, en, v, extra=""):
        return f'<td {extra}><span class="es">{es}</span><span class="en">{en}</span><span class="v">{v}</span></td>'

    hd = f"""<div class="hd"><div class="n">Clínica Comunitaria La Esperanza</div>
<div class="a">1205 S. 10th St., McAllen, TX 78501 &middot; Tel. {P(f['referring_phone'],'dash')} &middot; Fax {P(f['referring_fax'],'dash')} &middot; Farmacia {P('9563804470','dash')}</div></div>"""
    body = f"""
{faxline('03-NOV-2026 09:12', 'CLINICA LA ESPERANZA', P(f['referring_fax'],'plain'), 1, 2)}
{hd}
<div class="ti">HOJA DE REFERENCIA A ESPECIALISTA<br><i>Specialist referral form</i></div>
<div class="sec">1. DATOS DEL PACIENTE <i>/ Patient information</i></div>
<table class="f">
<tr>{c('Apellido(s)', 'Last name(s)', '<b>Reyes Santillán</b>', 'style="width:34%"')}{c('Nombre(s)', 'First name(s)', '<b>María Guadalupe</b>', 'style="width:30%"')}{c('Fecha de nacimiento (día/mes/año)', 'Date of birth (dd/mm/yyyy)', D(f['patient_dob'],'dmy_slash'))}</tr>
<tr>{c('Sexo', 'Sex', '&#9744; F &nbsp;&nbsp; &#9744; M')}{c('Teléfono', 'Telephone', P(f['patient_phone']))}{c('Núm. de expediente', 'Medical record no.', f['patient_mrn'])}</tr>
<tr>{c('Domicilio', 'Address', '3318 Calle Jacinto, Pharr, TX 78577', 'colspan="2"')}{c('Idioma preferido', 'Preferred language', 'Español (necesita intérprete)')}</tr>
</table>
<div class="sec">2. SEGURO MÉDICO <i>/ Insurance</i></div>
<table class="f">
<tr>{c('Aseguradora', 'Payer', 'Superior HealthPlan', 'style="width:34%"')}{c('Programa', 'Program', 'STAR (Medicaid)', 'style="width:30%"')}{c('Núm. de miembro', 'Member no.', '<b>712904388</b>')}</tr>
</table>
<div class="sec">3. MÉDICO QUE REFIERE <i>/ Referring physician</i></div>
<table class="f">
<tr>{c('Nombre', 'Name', 'Dr. Joaquín Ybarra, MD', 'style="width:34%"')}{c('NPI', 'NPI', f['referring_npi'], 'style="width:30%"')}{c('Tel. / Fax', 'Phone / Fax', P(f['referring_phone'],'dash') + ' / ' + P(f['referring_fax'],'dash'))}</tr>
<tr>{c('Médico de cabecera', 'Primary care physician', 'el mismo / same', '')}{c('Médico de guardia', 'On-call physician', 'Dra. Lucía Ferrer, ' + P('9563804499','dash'), 'colspan="2"')}</tr>
</table>
<div class="sec">4. ESPECIALISTA <i>/ Specialist</i></div>
<table class="f">
<tr>{c('Especialidad', 'Specialty', '<b>Reumatología</b> / Rheumatology', 'style="width:34%"')}{c('Médico', 'Physician', 'Dra. Helena Castañeda', 'style="width:30%"')}{c('Lugar', 'Location', 'Valley Arthritis Center, Edinburg &middot; fax ' + P('9563167702','dash'))}</tr>
</table>
<div class="sec">5. INFORMACIÓN CLÍNICA <i>/ Clinical information</i></div>
<table class="f">
<tr>{c('Diagnósticos (CIE-10)', 'Diagnoses (ICD-10-CM)', '<b>M25.50 &nbsp; R76.8 &nbsp; R53.83</b>', 'style="width:34%"')}{c('Urgencia', 'Priority', '&#9746; <b>Urgente</b> / Urgent &nbsp;&nbsp; &#9744; Rutina / Routine', 'colspan="2"')}</tr>
<tr>{c('Motivo de la referencia', 'Reason for referral', 'Poliartralgia inflamatoria de manos con rigidez matutina de más de 1 hora, factor reumatoide y anti-CCP positivos; descartar artritis reumatoide.<br><i>' + f['reason'] + '.</i>', 'colspan="3"')}</tr>
<tr>{c('Resumen', 'Summary', 'Mujer de 55 años, sinovitis MCF/IFP bilateral por 4 meses, fatiga; sin respuesta a naproxeno. Alergias: ninguna. Laboratorio anexo (pág. 2).', 'colspan="3"')}</tr>
</table>
<div class="sec">6. FIRMA <i>/ Signature</i></div>
<table class="f">
<tr>{c('Fecha de referencia (día/mes/año)', 'Referral date (dd/mm/yyyy)', D(f['referral_date'],'dmy_slash'), 'style="width:34%"')}{c('Firma del médico', "Physician's signature", '<span style="font-family:Z003,cursive;font-size:15pt">J. Ybarra</span>', 'colspan="2"')}</tr>
</table>
<p style="font-size:8.5pt;margin-top:4px">McAllen, Texas, a {D(f['referral_date'],'es_long')}. Favor de enviar la nota de consulta por fax. <i>Please fax the consult note.</i></p>
<div class="foot"><span>CCLE-REF-01 (esp/ing) rev. 2025</span><span>Página 1 de 2 / Page 1 of 2</span></div>

<div class="pb"></div>
{faxline('03-NOV-2026 09:13', 'CLINICA LA ESPERANZA', P(f['referring_fax'],'plain'), 2, 2)}
{hd}
<div class="lab">
<div class="ti" style="font-size:12pt">RESULTADOS DE LABORATORIO <i>/ Laboratory results</i></div>
<p><b>Paciente:</b> REYES SANTILLÁN, MARÍA GUADALUPE &nbsp;&middot;&nbsp; <b>Exp.:</b> {f['patient_mrn']} &nbsp;&middot;&nbsp; <b>F. nac.:</b> {D(f['patient_dob'],'dmy_slash')}<br>
<b>Solicitado por / Ordered by:</b> J. Ybarra &nbsp;&middot;&nbsp; <b>Laboratorio:</b> Rio Grande Valley Clinical Lab, CLIA 45D0987731</p>
<table>
<tr><th>Prueba / Test</th><th>Resultado</th><th>Unidades</th><th>Referencia</th><th>Fecha (día/mes/año)</th></tr>
<tr><td>Factor reumatoide / RF</td><td>86 (H)</td><td>IU/mL</td><td>&lt; 14</td><td>{D('2026-10-21','dmy_slash')}</td></tr>
<tr><td>Anti-CCP IgG</td><td>142 (H)</td><td>U/mL</td><td>&lt; 20</td><td>{D('2026-10-21','dmy_slash')}</td></tr>
<tr><td>VSG / ESR</td><td>48 (H)</td><td>mm/h</td><td>0&ndash;30</td><td>{D('2026-10-21','dmy_slash')}</td></tr>
<tr><td>PCR / CRP</td><td>2.9 (H)</td><td>mg/dL</td><td>&lt; 0.5</td><td>{D('2026-10-21','dmy_slash')}</td></tr>
<tr><td>ANA (IFA)</td><td>1:80, moteado</td><td></td><td>&lt; 1:40</td><td>{D('2026-10-21','dmy_slash')}</td></tr>
<tr><td>Hemoglobina</td><td>11.4 (L)</td><td>g/dL</td><td>12.0&ndash;15.5</td><td>{D('2026-10-21','dmy_slash')}</td></tr>
<tr><td>Creatinina</td><td>0.7</td><td>mg/dL</td><td>0.5&ndash;1.1</td><td>{D('2026-10-21','dmy_slash')}</td></tr>
<tr><td>ALT</td><td>24</td><td>U/L</td><td>7&ndash;35</td><td>{D('2026-10-21','dmy_slash')}</td></tr>
<tr><td>Hepatitis B sAg / Hep C Ab</td><td>negativo / negativo</td><td></td><td></td><td>{D('2026-10-21','dmy_slash')}</td></tr>
<tr><td>HbA1c</td><td>6.9 (H)</td><td>%</td><td>&lt; 5.7</td><td>{D('2026-09-02','dmy_slash')}</td></tr>
</table>
<p style="margin-top:10px">Radiografías de manos {D('2026-10-24','dmy_slash')}: osteopenia yuxtaarticular, sin erosiones. / Hand X-rays: periarticular osteopenia, no erosions.</p>
</div>
<div class="foot"><span>CCLE-LAB</span><span>Página 2 de 2 / Page 2 of 2</span></div>
"""
    return dict(html=page("NX09", css, body), fields=f, pages=2, mode="fine", noise=dict(specks=150),
                kind="spanish_first_bilingual_community_clinic_form_ddmmyyyy_plus_labs_rheum")


# ---------------------------------------------------------------- NX10
def nx10():
    """Cover + corrected referral + quoted earlier referral of ANOTHER patient stamped VOID."""
    f = {
        "patient_last_name": "Haugen",
        "patient_first_name": "Torvald",
        "patient_dob": "1955-12-19",
        "patient_sex": "M",
        "patient_phone": "2183357064",
        "insurance_payer": "Medica",
        "insurance_member_id": "MDC6620118704",
        "referring_provider": "Owen Fairbanks",
        "referring_npi": npi("134487102"),
        "referring_phone": "2183352280",
        "referring_fax": "2183352290",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Beatrix Almeida",
        "diagnosis_codes": ["R91.1", "Z87.891"],
        "reason": "New 14 mm spiculated right upper lobe nodule on CT in a former smoker; evaluation and biopsy planning",
        "urgency": "urgent",
        "referral_date": "2026-11-02",
    }
    css = """
body { font-family: 'Nimbus Roman', 'Times New Roman', serif; font-size: 11pt; }
.cv .big { font-family: 'Liberation Sans', sans-serif; font-size: 28pt; font-weight: bold; border-bottom: 4pt solid #000; margin-bottom: 8px; }
.cv table { width: 100%; font-size: 11.5pt; }
.cv td { padding: 6px 4px; vertical-align: top; border-bottom: 0.5pt solid #000; }
.cv td.l { width: 1.2in; font-weight: bold; font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }
.cv .msg { border: 2pt solid #000; padding: 10px; margin-top: 14px; font-size: 12pt; line-height: 1.35; }
.frm { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }
.frm .hd { display: flex; justify-content: space-between; border-bottom: 2pt solid #000; padding-bottom: 3px; }
.frm .hd .n { font-size: 14pt; font-weight: bold; }
.frm h2 { font-size: 13pt; margin: 8px 0 4px 0; text-align: center; }
.frm table { width: 100%; border: 1.5pt solid #000; margin-top: 5px; }
.frm td { border: 0.75pt solid #000; padding: 3px 6px; vertical-align: top; }
.frm td.k { font-weight: bold; width: 1.55in; font-size: 9pt; }
.frm .secb { font-weight: bold; background: #000; color: #fff; padding: 1px 6px; font-size: 9.5pt; }
.void { position: absolute; left: 0.6in; top: 3.2in; transform: rotate(-28deg); font-family: 'Liberation Sans', sans-serif; font-size: 58pt; font-weight: bold; border: 7pt double #000; padding: 6px 26px; line-height: 1.05; text-align: center; }
.void small { display: block; font-size: 14pt; letter-spacing: 1px; }
.recv { position: absolute; right: 0.1in; top: 0.25in; border: 2pt solid #000; padding: 3px 8px; font-family: 'Liberation Mono', monospace; font-size: 9pt; transform: rotate(4deg); text-align: center; }
.quoted { border-left: 4pt solid #000; padding-left: 10px; font-size: 9pt; margin-top: 6px; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 8pt; display: flex; justify-content: space-between; border-top: 0.5pt solid #000; font-family: 'Liberation Sans', sans-serif; }
.p3 { position: relative; }
""" + TXHDR_CSS
    other_npi = f["referring_npi"]

    def form(p, current):
        return f"""
<div class="frm">
<div class="hd"><div><div class="n">Pinecrest Rural Health Clinic</div>
<div>204 Main Ave N, Bigfork, MN 56628 &middot; ph {P('2183352280','dash')} &middot; fax {P('2183352290','dash')}</div></div>
<div style="text-align:right;font-size:9pt">Certified RHC #24-3871<br>Mon&ndash;Fri 8:00&ndash;4:30</div></div>
<h2>{'CORRECTED ' if current else ''}OUTPATIENT REFERRAL</h2>
<div class="secb">Patient</div>
<table>
<tr><td class="k">Patient name</td><td>{p['name']}</td><td class="k">Birth date</td><td>{p['dob']}</td></tr>
<tr><td class="k">Gender</td><td>{p['sex']}</td><td class="k">Phone (home)</td><td>{p['phone']}</td></tr>
<tr><td class="k">Address</td><td colspan="3">{p['addr']}</td></tr>
<tr><td class="k">Insurance</td><td>{p['payer']}</td><td class="k">Subscriber no.</td><td>{p['member']}</td></tr>
</table>
<div class="secb" style="margin-top:6px">Referral</div>
<table>
<tr><td class="k">Requesting provider</td><td>Owen Fairbanks, PA-C</td><td class="k">NPI</td><td>{other_npi}</td></tr>
<tr><td class="k">Supervising MD</td><td>Karin Lodge, MD (Grand Rapids)</td><td class="k">Clinic ph / fax</td><td>{P('2183352280','dash')} / {P('2183352290','dash')}</td></tr>
<tr><td class="k">Referred to</td><td>{p['to']}</td><td class="k">Service</td><td>{p['svc']}</td></tr>
<tr><td class="k">ICD-10 codes</td><td>{p['codes']}</td><td class="k">Priority</td><td>{p['prio']}</td></tr>
<tr><td class="k">Reason</td><td colspan="3">{p['reason']}</td></tr>
<tr><td class="k">History</td><td colspan="3">{p['hist']}</td></tr>
<tr><td class="k">Date</td><td>{p['date']}</td><td class="k">Signed</td><td><span style="font-family:Z003,cursive;font-size:14pt">O. Fairbanks PA-C</span></td></tr>
</table>
</div>"""

    cur = dict(
        name="<b>Haugen, Torvald J.</b>", dob=D(f["patient_dob"], "abbr"), sex="Male",
        phone=P(f["patient_phone"], "paren"), addr="38991 County Rd 7, Bigfork, MN 56628",
        payer="Medica", member="<b>MDC 6620 1187 04</b>",
        to="Beatrix Almeida, MD &mdash; Northern Lakes Pulmonary &amp; Sleep, Duluth (fax " + P("2187264418", "dash") + ")",
        svc="Pulmonology", codes="<b>R91.1, Z87.891</b>",
        prio="<b>URGENT</b> &mdash; within 2 weeks please", reason=f["reason"],
        hist="71 y/o, 50 pack-years, quit 2015. Low-dose CT lung screening " + D("2026-10-27", "abbr")
             + " (Itasca Medical Center): 14 mm spiculated RUL nodule, Lung-RADS 4B; prior screen " + D("2025-10-20", "abbr")
             + " showed 5 mm. Mild emphysema. Weight stable. No hemoptysis. PFTs not done.",
        date=D(f["referral_date"], "us"))
    old = dict(
        name="Strand, Evelyn M.", dob=D("1962-08-04", "abbr"), sex="Female",
        phone=P("2183358812", "paren"), addr="12 Lakeview Dr, Bigfork, MN 56628",
        payer="Blue Plus (MinnesotaCare)", member="XZM448820193",
        to="Northern Lakes Pulmonary &amp; Sleep, Duluth &mdash; sleep medicine",
        svc="Pulmonology / Sleep", codes="G47.33, E66.9",
        prio="Routine", reason="Loud snoring, witnessed apneas and daytime sleepiness (Epworth 15); polysomnography and OSA management",
        hist="BMI 36. HTN on 2 agents. No prior sleep study.",
        date=D("2026-10-30", "us"))
    body = f"""
{faxline('11-02-2026 10:14', 'PINECREST RHC', P(f['referring_fax'],'plain'), 1, 3)}
<div class="cv">
<div class="big">FACSIMILE</div>
<table>
<tr><td class="l">DATE</td><td>{D('2026-11-02','long')}</td><td class="l">PAGES</td><td>3 incl. cover</td></tr>
<tr><td class="l">TO</td><td colspan="3">Northern Lakes Pulmonary &amp; Sleep &mdash; Referral Intake</td></tr>
<tr><td class="l">TO FAX</td><td>{P('2187264418','dash')}</td><td class="l">TO PHONE</td><td>{P('2187264400','dash')}</td></tr>
<tr><td class="l">FROM</td><td colspan="3">Pinecrest Rural Health Clinic &mdash; Owen Fairbanks, PA-C / referrals: Tina B.</td></tr>
<tr><td class="l">FROM FAX</td><td>{P(f['referring_fax'],'dash')}</td><td class="l">FROM PHONE</td><td>{P(f['referring_phone'],'dash')}</td></tr>
<tr><td class="l">RE</td><td colspan="3"><b>CORRECTED REFERRAL &mdash; Torvald Haugen</b></td></tr>
</table>
<div class="msg">Your intake office returned our fax of {D('2026-10-30','us')} because the referral page in it belonged to a different patient (ours, but not the one we meant to send). <b>Page 2 is the correct referral for Mr. Haugen</b> and it is urgent. The returned page is copied as page 3 only so you can match and discard it &mdash; please disregard it; that patient's sleep referral will be re-sent separately.<br><br>Sorry for the trouble. Call Tina at ext. 114 with questions.</div>
<p style="font-size:8.5pt;margin-top:18px"><b>Confidentiality notice:</b> This fax may contain protected health information. If you received it in error, notify the sender at {P(f['referring_phone'],'dash')} and destroy all copies.</p>
</div>

<div class="pb"></div>
{faxline('11-02-2026 10:15', 'PINECREST RHC', P(f['referring_fax'],'plain'), 2, 3)}
{form(cur, True)}
<div class="quoted">Replaces referral faxed {D('2026-10-30','us')} 15:02 (sent in error). Imaging report on request; CD mailed to your office {D('2026-10-31','us')}.</div>
<div class="foot"><span>PRHC-REF (rev 2024)</span><span>Page 2 of 3</span></div>

<div class="pb"></div>
{faxline('11-02-2026 10:16', 'PINECREST RHC', P(f['referring_fax'],'plain'), 3, 3)}
<div class="p3">
<div style="font-family:'Liberation Sans',sans-serif;font-size:9pt;margin-bottom:4px"><b>COPY OF RETURNED PAGE &mdash; for matching only. DO NOT PROCESS.</b></div>
<div class="recv">NORTHERN LAKES PULM<br>RECEIVED {D('2026-10-30','dash_mon')}<br>RETURNED {D('2026-10-31','dash_mon')}<br>&mdash; wrong pt / see note &mdash;</div>
{form(old, False)}
<div class="void">VOID<small>SENT IN ERROR &middot; NOT THIS PATIENT</small></div>
</div>
<div class="foot"><span>PRHC-REF (rev 2024)</span><span>Page 3 of 3</span></div>
"""
    return dict(html=page("NX10", css, body), fields=f, pages=3, mode="standard", noise=dict(specks=240),
                kind="cover_plus_corrected_referral_plus_voided_other_patient_referral_pulm")
