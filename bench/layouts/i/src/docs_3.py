"""NY07-NY10: pediatric practice, rural critical-access hospital clinic, military consultation sheet, behavioral-health agency."""
import textwrap
from common import npi, P, D, X, O, page, barcode


# ---------------------------------------------------------------- NY07
def ny07():
    """Pediatric practice: three side-by-side panels (child / family / insurance), subspecialty checkboxes + release consent."""
    f = {
        "patient_last_name": "Alvarez-Rubio",
        "patient_first_name": "Mateo",
        "patient_dob": "2021-03-09",
        "patient_sex": "M",
        "patient_phone": "2078834410",
        "patient_mrn": "LHP-66120",
        "insurance_payer": "MaineCare",
        "insurance_member_id": "447109382A",
        "referring_provider": "Bethany Ahlquist",
        "referring_npi": npi("165920384"),
        "referring_phone": "2077731200",
        "referring_fax": "2077731290",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Ingrid Solheim",
        "diagnosis_codes": ["Z91.010", "L20.9"],
        "reason": "Hives, lip swelling and vomiting within 10 minutes of first peanut butter exposure. Please evaluate for peanut allergy (skin/serum testing), provide an anaphylaxis action plan and advise on other tree nuts.",
        "urgency": "routine",
        "referral_date": "2026-11-06",
    }
    css = """
body { font-family: 'URW Gothic', 'Century Gothic', sans-serif; font-size: 9.5pt; }
.top { display:flex; justify-content:space-between; align-items:center; border-bottom: 4px solid #000; padding-bottom: 4px; }
.top .n { font: bold 18pt 'URW Gothic'; }
.top .n small { display:block; font-size: 9pt; font-weight: normal; letter-spacing: 1px; }
.ttl { font: bold 12pt 'URW Gothic'; margin: 8px 0 6px 0; display:flex; justify-content:space-between; }
.panels { display:flex; gap: 8px; }
.panel { flex:1; border: 1.5px solid #000; border-radius: 10px; padding: 0 7px 6px 7px; }
.panel .h { font: bold 9pt 'URW Gothic'; background:#000; color:#fff; margin: 0 -7px 4px -7px; padding: 2px 8px; border-radius: 8px 8px 0 0; }
.panel div.r { margin: 3px 0; }
.panel b { font-size: 10pt; }
.box { border: 1.5px solid #000; border-radius: 10px; padding: 5px 8px; margin-top: 8px; }
.box .h { font: bold 9.5pt 'URW Gothic'; margin-bottom: 3px; }
.sp { display:grid; grid-template-columns: repeat(4, 1fr); gap: 2px 6px; font-size: 9pt; }
table.v { font-size: 9pt; margin-top: 3px; }
table.v td { border: 1px solid #000; padding: 1px 6px; }
.cons p { margin: 6px 0; font-size: 10pt; line-height: 1.35; }
.line { display:inline-block; border-bottom: 1px solid #000; min-width: 2.2in; padding: 0 4px; }
"""
    sp = ["Allergy / Immunology", "Cardiology", "Dermatology", "Endocrinology", "ENT", "Gastroenterology", "Genetics",
          "Nephrology", "Neurology", "Ophthalmology", "Orthopedics", "Pulmonology", "Surgery", "Urology",
          "Developmental-Behavioral", "Other: ________"]
    spg = "".join(f"<div>{X if s.startswith('Allergy') else O}{s}</div>" for s in sp)
    p1 = f"""
<div class="top"><div class="n">Little Harbor Pediatrics<small>CARING FOR KIDS FROM BIRTH THROUGH 21</small></div>
<div style="text-align:right;font-size:8.5pt">44 Ocean House Rd, Cape Elizabeth, ME 04107<br>Office {P(f['referring_phone'])} &bull; Fax {P(f['referring_fax'])}<br>
Nurse advice line {P('2077731250')} &bull; Nights/weekends: call office number</div></div>
<div class="ttl"><span>SPECIALTY REFERRAL REQUEST</span><span style="font-weight:normal;font-size:10pt">Date: <b>{D(f['referral_date'], 'us_short')}</b></span></div>
<div class="panels">
<div class="panel"><div class="h">CHILD</div>
<div class="r">Name: <b>Mateo Alvarez-Rubio</b></div>
<div class="r">Birthdate: <b>{D(f['patient_dob'], 'us_short')}</b> &nbsp;(5 yrs)</div>
<div class="r">Sex: {X}M {O}F</div>
<div class="r">Chart #: <b>{f['patient_mrn']}</b></div>
<div class="r">Home phone: <b>{P(f['patient_phone'])}</b></div>
<div class="r">Address: 18 Spurwink Ave, Cape Elizabeth ME 04107</div>
<div class="r">Weight: 18.6 kg (55th %ile)</div></div>
<div class="panel"><div class="h">PARENT / GUARDIAN</div>
<div class="r">Lucia Rubio (mother)</div><div class="r">Cell: {P('2074001187')}</div>
<div class="r">Diego Alvarez (father)</div><div class="r">Cell: {P('2074002259')}</div>
<div class="r">Preferred contact: mother, text OK</div>
<div class="r">Language: English / Spanish</div>
<div class="r">Custody / legal: both parents</div></div>
<div class="panel"><div class="h">INSURANCE</div>
<div class="r">Primary: <b>{f['insurance_payer']}</b></div>
<div class="r">ID: <b>{f['insurance_member_id']}</b></div>
<div class="r">Secondary: none</div>
<div class="r">PCP of record: Bethany Ahlquist, MD</div>
<div class="r">Referral # (MaineCare): not required for specialist</div></div>
</div>

<div class="box"><div class="h">REFERRED TO</div>
<div class="sp">{spg}</div>
<div style="margin-top:5px">Specialist: <b>Ingrid Solheim, MD</b> &nbsp;&mdash;&nbsp; Casco Bay Children&rsquo;s Specialty Clinic, 22 Bramhall St, Portland ME 04102</div>
<div>Phone {P('2076624300')} &nbsp; Fax {P('2076624333')}</div>
<div style="margin-top:3px">Priority: {X}Routine &nbsp;{O}Urgent &ndash; call specialist &nbsp;{O}Same day</div></div>

<div class="box"><div class="h">DIAGNOSIS (ICD-10)</div>
Z91.010 &nbsp;Allergy to peanuts &nbsp;&nbsp;&nbsp;&nbsp; L20.9 &nbsp;Atopic dermatitis, unspecified</div>

<div class="box"><div class="h">REASON FOR REFERRAL</div>{f['reason']}</div>

<div class="box"><div class="h">HISTORY / WHAT WE HAVE DONE</div>
Reaction at home {D('2026-10-30', 'us_short')}; parents gave diphenhydramine, symptoms resolved in ~2 hours, no ED visit. Moderate eczema since infancy
(hydrocortisone 2.5% BID). Tolerates egg, milk, wheat. Epinephrine auto-injector 0.15 mg (NDC 49502-0501-02) prescribed {D('2026-11-06', 'us_short')}
with teaching. Seen today by Owen Tremblay, CPNP; reviewed with Dr. Ahlquist.
<table class="v"><tr><td>Vaccines</td><td>Up to date per ImmPact</td><td>Growth</td><td>Normal</td><td>Daycare</td><td>Peanut-free plan started</td></tr></table></div>

<table style="width:100%;margin-top:10px"><tr>
<td>Referring physician: <b>Bethany Ahlquist, MD</b> &nbsp; NPI <b>{f['referring_npi']}</b></td>
<td style="text-align:right"><span class="sig">Bethany Ahlquist MD</span></td></tr></table>
<div class="pfoot" style="font-size:7.5pt;display:flex;justify-content:space-between;border-top:1px solid #000;padding-top:2px">
<span>LHP form 12 &bull; rev. 2023</span><span>Please fax visit notes to {P(f['referring_fax'])}</span><span>1 of 2</span></div>
"""
    p2 = f"""
<div class="top"><div class="n">Little Harbor Pediatrics<small>CARING FOR KIDS FROM BIRTH THROUGH 21</small></div>
<div style="text-align:right;font-size:8.5pt">Office {P(f['referring_phone'])} &bull; Fax {P(f['referring_fax'])}</div></div>
<div class="cons">
<div style="font: bold 13pt 'URW Gothic'; margin: 12px 0 6px 0; text-align:center">AUTHORIZATION TO RELEASE / EXCHANGE HEALTH INFORMATION</div>
<p>Child&rsquo;s name: <span class="line">Mateo Alvarez-Rubio</span> &nbsp; Date of birth: <span class="line" style="min-width:1.2in">{D(f['patient_dob'], 'us_short')}</span></p>
<p>I authorize <b>Little Harbor Pediatrics</b> and <b>Casco Bay Children&rsquo;s Specialty Clinic</b> to exchange my child&rsquo;s health
information, including office notes, allergy test results, medication lists and immunization records, for the purpose of
<u>specialty consultation and continuing care</u>.</p>
<p>{O}Mental health &nbsp; {O}HIV/STI &nbsp; {O}Substance use &nbsp; {X}None of these special categories are to be released.</p>
<p>This authorization expires one year from the date signed unless I revoke it sooner in writing. I understand that treatment
will not be conditioned on my signing this form, and that information disclosed may be re-disclosed by the recipient and no
longer protected by federal privacy law.</p>
<p style="margin-top:24px">Signature of parent/guardian: <span class="line" style="font-family:Z003,cursive;font-size:15pt;min-width:2.6in">Lucia Rubio</span>
&nbsp; Date: <span class="line" style="min-width:1.1in">{D('2026-11-06', 'us_short')}</span></p>
<p>Printed name: <span class="line">Lucia Rubio</span> &nbsp; Relationship to child: <span class="line" style="min-width:1.3in">Mother</span></p>
<p>Witness: <span class="line">K. Doucette, front desk</span></p>
</div>
<div class="pfoot" style="font-size:7.5pt;display:flex;justify-content:space-between;border-top:1px solid #000;padding-top:2px">
<span>LHP-ROI-01</span><span>Original to chart, copy to family</span><span>2 of 2</span></div>
"""

    def header(i, n):
        return ("NOV 06 2026 10:22  LITTLE HARBOR PEDS  (207)773-1290", f"P{i:02d}/{n:02d}")

    return dict(html=page("NY07", css, [p1, p2]), fields=f, pages=2, header=header,
                kind="pediatric_practice_three_panel_form_plus_release_consent_allergy", mode="fine")


# ---------------------------------------------------------------- NY08
def ny08():
    """Rural critical-access hospital clinic: all-caps monospace typed form with dotted leaders + ultrasound report."""
    f = {
        "patient_last_name": "Halverson",
        "patient_first_name": "Gunnar",
        "patient_dob": "1949-12-02",
        "patient_sex": "M",
        "patient_phone": "4064287715",
        "patient_mrn": "M000184402",
        "insurance_payer": "MEDICARE",
        "insurance_member_id": "7QK2XR4NT61",
        "referring_provider": "Dale Ostrander",
        "referring_npi": npi("143920577"),
        "referring_phone": "4064283300",
        "referring_fax": "4064283315",
        "referred_to_specialty": "general_surgery",
        "referred_to_provider": "Tessa Kowalski",
        "diagnosis_codes": ["K80.20", "R10.11"],
        "reason": "SYMPTOMATIC CHOLELITHIASIS WITH RECURRENT RUQ PAIN AFTER FATTY MEALS; ULTRASOUND SHOWS MULTIPLE GALLSTONES WITHOUT WALL THICKENING. EVALUATE FOR LAPAROSCOPIC CHOLECYSTECTOMY.",
        "urgency": "routine",
        "referral_date": "2026-10-26",
    }
    W = 78

    def kv(label, value, width=22):
        lead = (label + " ").ljust(width, ".") + ": "
        lines = textwrap.wrap(value, W - len(lead)) or [""]
        out = [lead + lines[0]] + [" " * len(lead) + ln for ln in lines[1:]]
        return "\n".join(out)

    def two(l1, v1, l2, v2, w1=22, w2=14):
        a = (l1 + " ").ljust(w1, ".") + ": " + v1
        return a.ljust(45) + (l2 + " ").ljust(w2, ".") + ": " + v2

    rule = "=" * W
    thin = "-" * W
    lines = [
        "BIG SAGE VALLEY HOSPITAL".center(W),
        "CRITICAL ACCESS HOSPITAL AND RURAL HEALTH CLINIC".center(W),
        "410 RAILROAD AVE  *  HARLOWTON, MT 59036".center(W),
        f"HOSPITAL MAIN {P('4064283000', 'dash')}   CLINIC {P('4064283300', 'dash')}   ER {P('4064283111', 'dash')}".center(W),
        rule,
        "OUTPATIENT REFERRAL TO SPECIALIST".center(W),
        rule,
        two("REFERRAL DATE", D(f['referral_date']), "PRIORITY", "ROUTINE"),
        two("VISIT DATE", D('2026-10-23'), "PAGES", "2"),
        thin,
        "PATIENT",
        kv("PATIENT NAME", "HALVERSON, GUNNAR E"),
        two("BIRTH DATE", D(f['patient_dob']), "SEX", "M"),
        two("MED REC NO", f['patient_mrn'], "ACCT NO", "V00928817"),
        kv("ADDRESS", "PO BOX 118, 22 N 2ND ST, SHAWMUT MT 59078"),
        two("HOME PHONE", P(f['patient_phone'], 'dash'), "WORK", "NONE (RETIRED)"),
        kv("NEXT OF KIN", f"INGRID HALVERSON (WIFE) {P('4064287716', 'dash')}"),
        thin,
        "INSURANCE",
        two("PRIMARY INS", "MEDICARE", "PLAN", "PART A/B"),
        kv("MEDICARE NO (MBI)", f['insurance_member_id']),
        two("SECONDARY INS", "BCBS OF MONTANA", "ID", "XYM882104736"),
        thin,
        "REFERRING",
        kv("REFERRING PROVIDER", "OSTRANDER, DALE PA-C"),
        two("NPI", f['referring_npi'], "SUPERVISING", "FITCH, LORRAINE MD"),
        two("CLINIC PHONE", P(f['referring_phone'], 'dash'), "CLINIC FAX", P(f['referring_fax'], 'dash')),
        thin,
        "REFERRED TO",
        kv("SPECIALTY", "GENERAL SURGERY"),
        kv("PHYSICIAN", "KOWALSKI, TESSA MD"),
        kv("FACILITY", "YELLOWSTONE REGIONAL SURGICAL ASSOC, 2900 12TH AVE N, STE 300, BILLINGS MT 59101"),
        two("PHONE", P('4062386400', 'dash'), "FAX", P('4062386415', 'dash')),
        thin,
        "CLINICAL",
        kv("DX CODE 1", "K80.20   CALCULUS OF GALLBLADDER W/O CHOLECYSTITIS W/O OBSTRUCTION"),
        kv("DX CODE 2", "R10.11   RIGHT UPPER QUADRANT PAIN"),
        kv("REASON FOR REFERRAL", f['reason']),
        kv("HISTORY", "4 EPISODES RUQ PAIN SINCE JULY, LAST 10/21/2026 LASTING 5 HRS. NO FEVER, NO JAUNDICE. "
                      "LFTS NORMAL 10/23/2026 (T BILI 0.6, ALK PHOS 88). LIPASE 31. HX CAD S/P PCI 2019 ON "
                      "ASPIRIN + CLOPIDOGREL (CARDIOLOGY: DR. R. MBEKI, BILLINGS CLINIC)."),
        kv("STUDIES ENCLOSED", "US ABDOMEN LIMITED RUQ (CPT 76705) 10/23/2026"),
        kv("SCHEDULING NOTES", "PT LIVES 94 MI FROM BILLINGS. PREFERS TUE/THU. DRIVES SELF. HEARING AID - "
                               "SPEAK UP ON PHONE."),
        thin,
        kv("SIGNATURE", "/S/ DALE OSTRANDER PA-C   10/26/2026 13:40"),
        kv("ENTERED BY", "KLS (MEDICAL RECORDS)"),
    ]
    pre = "\n".join(lines)
    css = """
body { font-family: 'Nimbus Mono PS', 'Liberation Mono', monospace; }
pre { font-family: 'Nimbus Mono PS', 'Liberation Mono', monospace; font-size: 10pt; line-height: 1.28; margin: 0; font-weight: bold; }
.rad { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.35; }
.rad table td { padding: 1px 12px 1px 0; vertical-align: top; }
.rad h4 { margin: 12px 0 3px 0; font-size: 11pt; text-decoration: underline; }
"""
    p1 = f"""<pre>{pre}</pre>
<div class="pfoot" style="font-size:8.5pt;display:flex;justify-content:space-between"><span>BSVH FORM 2231 (REV 06/2011)</span><span>PAGE 1 OF 2</span></div>"""
    p2 = f"""<div class="rad">
<div style="text-align:center"><b style="font-size:14pt">BIG SAGE VALLEY HOSPITAL</b><br>Department of Diagnostic Imaging &bull; 410 Railroad Ave, Harlowton, MT 59036<br>
Imaging scheduling {P('4064283050', 'paren')} &bull; Fax {P('4064283055', 'paren')}</div>
<hr>
<div style="text-align:center;font-size:13pt;font-weight:bold">RADIOLOGY REPORT</div>
<table style="margin-top:6px">
<tr><td><b>Patient:</b></td><td>Halverson, Gunnar E</td><td><b>MRN:</b></td><td>{f['patient_mrn']}</td></tr>
<tr><td><b>DOB:</b></td><td>{D(f['patient_dob'])}</td><td><b>Exam date:</b></td><td>{D('2026-10-23')} 10:15</td></tr>
<tr><td><b>Exam:</b></td><td>US ABDOMEN LIMITED (RUQ) &ndash; CPT 76705</td><td><b>Accession:</b></td><td>US-26-00412</td></tr>
<tr><td><b>Ordering:</b></td><td>Dale Ostrander, PA-C</td><td><b>Sonographer:</b></td><td>J. Weibel, RDMS</td></tr>
</table>
<h4>CLINICAL INDICATION</h4>Recurrent right upper quadrant pain, postprandial.
<h4>FINDINGS</h4>
<p style="margin:0">Gallbladder: Multiple mobile shadowing echogenic gallstones, the largest measuring 1.6 cm. Gallbladder wall
measures 2 mm (normal). No pericholecystic fluid. Sonographic Murphy sign negative.<br>
Common bile duct: 4 mm, not dilated.<br>
Liver: Normal size and echotexture. No focal lesion.<br>
Pancreas: Head and body unremarkable; tail obscured by bowel gas.<br>
Right kidney: 10.8 cm, no hydronephrosis.</p>
<h4>IMPRESSION</h4>
<p style="margin:0">1. Cholelithiasis without sonographic evidence of acute cholecystitis.<br>2. No biliary ductal dilatation.</p>
<p style="margin-top:14px">Interpreted by: Wendell Marsh-Addington, MD (contract radiology, Great Falls) &nbsp;&bull;&nbsp; Signed {D('2026-10-23')} 16:02</p>
</div>
<div class="pfoot" style="font-size:8.5pt;display:flex;justify-content:space-between;font-family:'Liberation Serif'"><span>Copy to: Dale Ostrander, PA-C</span><span>Page 2 of 2</span></div>"""

    def header(i, n):
        return ("10/26/2026 13:48  4064283315  BIG SAGE VALLEY HOSP", f"PAGE {i:03d} OF {n:03d}")

    return dict(html=page("NY08", css, [p1, p2]), fields=f, pages=2, header=header,
                kind="rural_critical_access_clinic_monospace_dotted_leader_form_plus_ultrasound_general_surgery", mode="standard")


# ---------------------------------------------------------------- NY09
def ny09():
    """Military treatment facility consultation sheet: TO/FROM boxes, patient identification box at the BOTTOM + audiogram."""
    f = {
        "patient_last_name": "Brandt",
        "patient_first_name": "Katherine",
        "patient_dob": "1991-08-19",
        "patient_sex": "F",
        "patient_mrn": "0047281936",
        "insurance_payer": "TRICARE PRIME",
        "insurance_member_id": "10483920571",
        "referring_provider": "Elena Voskresenskaya",
        "referring_npi": npi("150374826"),
        "referring_phone": "9104327780",
        "referring_fax": "9104327795",
        "referred_to_specialty": "otolaryngology",
        "diagnosis_codes": ["H91.21", "H93.11"],
        "reason": "Sudden right-sided hearing loss noticed on waking 2 days ago with tinnitus and aural fullness; audiogram shows moderate sensorineural loss right ear. Request same-day ENT evaluation for steroid therapy and MRI IAC.",
        "urgency": "stat",
        "referral_date": "2026-11-04",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; }
.frm { border: 2px solid #000; }
.frm .t { text-align:center; border-bottom: 2px solid #000; padding: 3px; }
.frm .t b { font-size: 13pt; letter-spacing: 2px; }
table.c { width: 100%; table-layout: fixed; }
table.c td { border: 1px solid #000; vertical-align: top; padding: 2px 5px 4px 5px; }
.l { font-size: 7pt; font-weight: bold; display:block; text-transform: uppercase; }
.v { font-size: 10pt; font-weight: bold; text-transform: uppercase; }
.vn { font-size: 10pt; }
.band { background: #000; color: #fff; text-align: center; font: bold 9pt 'Liberation Sans'; letter-spacing: 3px; padding: 1px; }
.cbx { margin-right: 14px; font-size: 9pt; font-weight: bold; }
.ptid { font-family: 'Liberation Mono', monospace; font-size: 10.5pt; font-weight: bold; line-height: 1.35; }
table.aud { border-collapse: collapse; margin-top: 6px; font-size: 10pt; }
table.aud td, table.aud th { border: 1px solid #000; padding: 3px 8px; text-align: center; }
"""
    p1 = f"""
<div class="frm">
<div class="t"><b>MEDICAL RECORD &mdash; CONSULTATION SHEET</b><br><span style="font-size:8pt">FORT HARLAN ARMY HEALTH CLINIC &bull; LOCAL FORM FHAHC 513-R (TRICARE) &bull; Previous editions are obsolete</span></div>
<div class="band">REQUEST</div>
<table class="c">
<tr><td style="width:50%"><span class="l">To:</span><span class="v">Otolaryngology (ENT) Service</span><br><span class="vn">Harlan Regional Medical Center, Bldg 4-2817, Fort Harlan NC 28310<br>
Appt line COMM {P('9104325100')} &bull; Fax {P('9104325188')}</span></td>
<td><span class="l">From: (Requesting physician or activity)</span><span class="v">Family Medicine Clinic, Team B</span><br><span class="vn">
MAJ Elena V. Voskresenskaya, MC<br>COMM {P(f['referring_phone'])} / DSN 239-7780<br>FAX {P(f['referring_fax'])}</span></td></tr>
<tr><td><span class="l">Date of request</span><span class="v">{D(f['referral_date'], 'mil')}</span></td>
<td><span class="l">Consult order no.</span><span class="v">CON-26-0311874</span></td></tr>
<tr><td colspan="2"><span class="l">Reason for request (complaints and findings)</span><div class="vn" style="min-height:0.7in;padding-top:2px">{f['reason']}</div></td></tr>
<tr><td colspan="2"><span class="l">History / exam</span><div class="vn" style="font-size:9pt">35 y/o AD SSG, 68W. No URI, no barotrauma, last range qualification {D('2026-09-15', 'mil')} with double protection.
Otoscopy normal bilaterally. Weber lateralizes LEFT. Rinne +AC&gt;BC bilaterally. No vertigo, nystagmus or focal deficit. Audiology same day (attached).
Not started on steroids pending ENT (hx of gestational DM 2022).</div></td></tr>
<tr><td colspan="2"><span class="l">Provisional diagnosis</span><span class="v">Sudden idiopathic hearing loss, right ear (H91.21); tinnitus, right ear (H93.11)</span></td></tr>
<tr><td><span class="l">Place of consultation</span><span class="cbx">{O}Bedside</span><span class="cbx">{X}On call / clinic</span><span class="cbx">{O}Telehealth</span></td>
<td><span class="l">Precedence</span><span class="cbx">{O}Routine</span><span class="cbx">{O}Urgent (72 hrs)</span><span class="cbx">{X}STAT (today)</span></td></tr>
<tr><td><span class="l">Doctor&rsquo;s signature</span><span class="sig">E. Voskresenskaya</span><br><span class="vn" style="font-size:8.5pt">Elena V. Voskresenskaya, MD, MAJ, MC, USA &bull; NPI {f['referring_npi']}</span></td>
<td><span class="l">Approved (referral management)</span><span class="vn">J. Okonjo, RN &bull; {D('2026-11-04', 'mil')} 0932 &bull; MTF direct care &ndash; if no appt today, TRICARE network ENT (ROFR waived)</span></td></tr>
</table>
<div class="band">CONSULTATION REPORT</div>
<table class="c"><tr><td style="height:2.75in"><span class="l">Record reviewed &nbsp; {O}Yes &nbsp;{O}No &nbsp;&nbsp;&nbsp; Patient examined &nbsp; {O}Yes &nbsp;{O}No</span></td></tr>
<tr><td><span class="l">Consultant&rsquo;s signature / date</span>&nbsp;</td></tr></table>
<div class="band">PATIENT IDENTIFICATION</div>
<table class="c">
<tr><td style="width:62%"><span class="l">(For typed or written entries give: name &mdash; last, first, middle; grade; date of birth; sex; benefits)</span>
<div class="ptid">BRANDT, KATHERINE MAE<br>SSG / E-6 &nbsp; USA &nbsp; ACTIVE DUTY<br>DOB {D(f['patient_dob'], 'mil')} &nbsp; SEX F<br>
DOD ID 1592837460 &nbsp; FMP 20 &nbsp; SSN XXX-XX-4471<br>TRICARE PRIME &nbsp; DBN {f['insurance_member_id']}</div></td>
<td><span class="l">Register no. (MRN)</span><span class="v">{f['patient_mrn']}</span><br><br><span class="l">Ward no.</span><span class="v">OUTPT</span><br><br>
<span class="l">Unit</span><span class="vn">2-504 PIR, Fort Harlan</span></td></tr>
</table>
</div>
<div style="font-size:7.5pt;margin-top:3px;display:flex;justify-content:space-between"><span>FHAHC 513-R, JAN 2021</span><span>CONSULTATION SHEET &bull; Page 1 of 2</span><span>CUI // PRIVACY ACT DATA</span></div>
"""
    p2 = f"""
<div class="frm" style="padding:8px 10px">
<div style="display:flex;justify-content:space-between"><div><b style="font-size:12pt">FORT HARLAN AHC &ndash; AUDIOLOGY / HEARING CONSERVATION</b><br>
Diagnostic audiogram &bull; Tested {D('2026-11-04', 'mil')} 0815 &bull; Audiometer calibrated {D('2026-03-02', 'mil')}</div>
<div style="text-align:right">BRANDT, KATHERINE M<br>DOB {D(f['patient_dob'], 'mil')}<br>Reg. no. {f['patient_mrn']}</div></div>
<table class="aud">
<tr><th>dB HL</th><th>500</th><th>1000</th><th>2000</th><th>3000</th><th>4000</th><th>6000</th><th>8000 Hz</th></tr>
<tr><td><b>RIGHT</b> (today)</td><td>45</td><td>55</td><td>60</td><td>60</td><td>65</td><td>60</td><td>55</td></tr>
<tr><td>RIGHT (ref. 2019)</td><td>10</td><td>5</td><td>10</td><td>10</td><td>15</td><td>15</td><td>10</td></tr>
<tr><td><b>LEFT</b> (today)</td><td>10</td><td>10</td><td>5</td><td>10</td><td>15</td><td>15</td><td>10</td></tr>
<tr><td>LEFT (ref. 2019)</td><td>10</td><td>5</td><td>5</td><td>10</td><td>10</td><td>15</td><td>10</td></tr>
</table>
<table class="aud">
<tr><th></th><th>SRT</th><th>WRS (%)</th><th>Tympanogram</th><th>Acoustic reflex</th><th>Bone cond. (avg)</th></tr>
<tr><td><b>RIGHT</b></td><td>55</td><td>64% @ 90 dB</td><td>Type A</td><td>Elevated</td><td>55 (SNHL)</td></tr>
<tr><td><b>LEFT</b></td><td>10</td><td>100% @ 50 dB</td><td>Type A</td><td>Present</td><td>WNL</td></tr>
</table>
<p style="font-size:9.5pt;margin-top:10px"><b>Interpretation:</b> Right ear moderate to moderately severe sensorineural hearing loss, new since 2019 reference
(significant threshold shift). Left ear within normal limits. Findings consistent with sudden SNHL; same-day ENT referral recommended.</p>
<p style="font-size:9.5pt">Audiologist: CPT Marcus Delacroix-Webb, AuD, CCC-A &bull; CPT codes billed: 92557, 92567, 92568</p>
</div>
<div style="font-size:7.5pt;margin-top:3px;display:flex;justify-content:space-between"><span>DOEHRS-HC printout</span><span>Page 2 of 2</span><span>CUI // PRIVACY ACT DATA</span></div>
"""

    def header(i, n):
        return ("04-NOV-26 0941  FT HARLAN AHC FAM MED B  COMM 910 432 7795", f"P{i}/{n}")

    return dict(html=page("NY09", css, [p1, p2]), fields=f, pages=2, header=header,
                kind="military_clinic_consultation_sheet_patient_id_at_bottom_plus_audiogram_ent_stat_no_phone", mode="fine")


# ---------------------------------------------------------------- NY10
def ny10():
    """Community behavioral-health agency: Q&A labels above indented answers, risk-screen table + release of information."""
    f = {
        "patient_last_name": "Whitley",
        "patient_first_name": "Jordan",
        "patient_dob": "2003-05-01",
        "patient_sex": "F",
        "patient_phone": "5036629184",
        "patient_mrn": "CFC-22817",
        "insurance_payer": "Oregon Health Plan",
        "insurance_member_id": "PJ48291K",
        "referring_provider": "Marisol Etxeberria",
        "referring_npi": npi("186302947"),
        "referring_phone": "5032318800",
        "referring_fax": "5032318890",
        "referred_to_specialty": "psychiatry",
        "referred_to_provider": "Nkechi Adebayo",
        "diagnosis_codes": ["F33.1", "F41.1"],
        "reason": "Recurrent major depression with worsening symptoms (PHQ-9 of 19) despite 12 weeks of weekly CBT; requesting psychiatric evaluation for medication management.",
        "urgency": "urgent",
        "referral_date": "2026-10-28",
    }
    css = """
body { font-family: 'URW Bookman', 'Bookman Old Style', serif; font-size: 10pt; }
.hd { border-bottom: 1px solid #000; padding-bottom: 4px; display:flex; justify-content:space-between; align-items:flex-end; }
.hd .n { font-size: 15pt; font-weight: bold; }
.ttl { font-size: 12pt; font-weight: bold; margin: 8px 0 2px 0; }
.sec { font-size: 9pt; font-weight: bold; letter-spacing: 2px; margin-top: 7px; border-bottom: 1px dotted #000; }
.q { margin-top: 4px; font-weight: bold; font-size: 9pt; }
.a { margin-left: 0.3in; font-size: 10pt; }
.cols { display:flex; gap: 0.25in; }
.cols > div { flex: 1; }
table.rs { width: 100%; margin-top: 3px; font-size: 9pt; }
table.rs td, table.rs th { border: 1px solid #000; padding: 1px 5px; text-align: left; }
.roi p { margin: 7px 0; line-height: 1.35; }
.line { display:inline-block; border-bottom: 1px solid #000; min-width: 2in; padding: 0 4px; }
"""
    p1 = f"""
<div class="hd"><div><div class="n">Cascadia Family Counseling Services</div>
<div style="font-size:8.5pt">A community mental health program &bull; 2715 SE Division St, Portland, OR 97202</div>
<div style="font-size:8.5pt">Main {P(f['referring_phone'])} &bull; Fax {P(f['referring_fax'])} &bull; 24/7 crisis line {P('5032318811')}</div></div>
<div style="text-align:right;font-size:8.5pt">CONFIDENTIAL<br>Behavioral health record</div></div>
<div class="ttl">Referral for Psychiatric Evaluation / Medication Management</div>
<div style="font-size:9pt">Date sent: <b>{D(f['referral_date'], 'dmy_long')}</b> &nbsp;&bull;&nbsp; Priority: <b>Urgent</b> (please offer an appointment within 7 days) &nbsp;&bull;&nbsp; Safety plan on file</div>

<div class="sec">ABOUT THE CLIENT</div>
<div class="cols"><div>
<div class="q">Client&rsquo;s legal name</div><div class="a">Jordan Whitley &nbsp;<span style="font-size:9pt">(goes by &ldquo;Jo&rdquo;; pronouns she/they)</span></div>
<div class="q">Date of birth</div><div class="a">{D(f['patient_dob'], 'dmy')}</div>
<div class="q">Sex assigned at birth / gender identity</div><div class="a">Female / nonbinary</div>
</div><div>
<div class="q">Agency client ID</div><div class="a">{f['patient_mrn']}</div>
<div class="q">Best phone (OK to leave a message? Yes)</div><div class="a">{P(f['patient_phone'])}</div>
<div class="q">Address</div><div class="a">4410 SE 67th Ave, Apt 12, Portland OR 97206</div>
</div></div>
<div class="cols"><div>
<div class="q">Coverage</div><div class="a">{f['insurance_payer']} (Medicaid) &ndash; CCO: Health Share of Oregon</div>
</div><div>
<div class="q">Member ID</div><div class="a">{f['insurance_member_id']}</div>
</div></div>

<div class="sec">WHO IS REFERRING</div>
<div class="cols"><div>
<div class="q">Referring clinician</div><div class="a">Marisol Etxeberria, LCSW &ndash; primary therapist</div>
<div class="q">NPI</div><div class="a">{f['referring_npi']}</div>
</div><div>
<div class="q">Direct phone / confidential fax</div><div class="a">{P(f['referring_phone'])} ext. 231 / {P(f['referring_fax'])}</div>
<div class="q">Clinical supervisor</div><div class="a">Wendell Osei, PsyD</div>
</div></div>

<div class="sec">REFERRED TO</div>
<div class="q">Service / prescriber</div><div class="a">Psychiatry &ndash; Nkechi Adebayo, PMHNP-BC, Willamette Psychiatric Associates,
1515 SW 5th Ave, Suite 800, Portland OR 97201 &bull; Intake {P('5032246150')} &bull; Fax {P('5032246159')}</div>

<div class="sec">CLINICAL</div>
<div class="q">Diagnoses (ICD-10-CM)</div><div class="a">F33.1 Major depressive disorder, recurrent, moderate &nbsp;&bull;&nbsp; F41.1 Generalized anxiety disorder</div>
<div class="q">What are you asking the prescriber to do?</div><div class="a">{f['reason']}</div>
<div class="q">Current treatment and history</div><div class="a" style="font-size:9.5pt">Intake {D('2026-07-29', 'dmy')}. Weekly individual CBT (CPT 90837) since {D('2026-08-05', 'dmy')}.
One prior episode at age 17; sertraline 50 mg briefly (stopped, GI upset). No current psychotropics. No substance use disorder
(AUDIT-C 2). PCP: Theo Lindgren, MD, Outer Southeast Clinic {P('5039884120')}.</div>
<div class="q">Risk screening</div>
<table class="rs"><tr><th>Measure</th><th>Date</th><th>Result</th><th>Action</th></tr>
<tr><td>PHQ-9</td><td>{D('2026-10-27', 'dmy')}</td><td>19 (moderately severe); item 9 = 1</td><td>C-SSRS completed</td></tr>
<tr><td>C-SSRS screener</td><td>{D('2026-10-27', 'dmy')}</td><td>Passive ideation, no plan/intent/behavior</td><td>Safety plan updated</td></tr>
<tr><td>GAD-7</td><td>{D('2026-10-27', 'dmy')}</td><td>15 (moderate-severe)</td><td>&ndash;</td></tr>
</table>

<div style="margin-top:10px;display:flex;justify-content:space-between;align-items:flex-end">
<div><span class="sig">Marisol Etxeberria</span><br><span style="font-size:9pt">Marisol Etxeberria, LCSW &bull; signed {D(f['referral_date'], 'dmy')}</span></div>
<div style="font-size:8.5pt;text-align:right">Release of information attached (page 2)</div></div>
<div class="pfoot" style="font-size:7.5pt;display:flex;justify-content:space-between;border-top:1px solid #000;padding-top:2px">
<span>CFCS-REF-07</span><span>This information is protected by state and federal confidentiality law</span><span>Page 1 of 2</span></div>
"""
    p2 = f"""
<div class="hd"><div><div class="n">Cascadia Family Counseling Services</div>
<div style="font-size:8.5pt">Fax {P(f['referring_fax'])}</div></div><div style="font-size:8.5pt">Client ID {f['patient_mrn']}</div></div>
<div class="roi">
<div style="text-align:center;font-weight:bold;font-size:12pt;margin-top:14px">AUTHORIZATION FOR RELEASE OF INFORMATION</div>
<p>I, <span class="line">Jordan Whitley</span>, date of birth <span class="line" style="min-width:1.3in">{D(f['patient_dob'], 'dmy')}</span>, authorize
<b>Cascadia Family Counseling Services</b> to disclose to and receive from <b>Willamette Psychiatric Associates
(Nkechi Adebayo, PMHNP-BC)</b> the following information:</p>
<p>{X}Diagnosis and treatment summary &nbsp; {X}Screening scores &nbsp; {X}Medication information &nbsp; {O}Psychotherapy notes &nbsp; {O}Substance use treatment records</p>
<p>Purpose: coordination of care for psychiatric evaluation and medication management.</p>
<p>This authorization expires on <span class="line" style="min-width:1.4in">{D('2027-10-28', 'dmy')}</span> or when I revoke it in writing,
whichever is first. I may revoke it at any time except to the extent that action has already been taken. My treatment does not
depend on my signing. Information disclosed may be re-disclosed by the recipient and may no longer be protected.</p>
<p style="margin-top:26px">Client signature: <span class="line" style="font-family:Z003,cursive;font-size:15pt;min-width:2.6in">Jordan Whitley</span>
&nbsp; Date: <span class="line" style="min-width:1.2in">{D('2026-10-27', 'dmy')}</span></p>
<p>Witness: <span class="line">Marisol Etxeberria, LCSW</span></p>
<p style="font-size:8.5pt;margin-top:18px">Notice to recipient: this information has been disclosed to you from records protected by Oregon law (ORS 179.505)
and HIPAA. Further disclosure is prohibited unless permitted by law or authorized by the client.</p>
</div>
<div class="pfoot" style="font-size:7.5pt;display:flex;justify-content:space-between;border-top:1px solid #000;padding-top:2px">
<span>CFCS-ROI-02</span><span>Page 2 of 2</span></div>
"""

    def header(i, n):
        return ("10-28-2026 16:55  CASCADIA FAMILY COUNSELING  503-231-8890", f"#0827 P.00{i}/00{n}")

    return dict(html=page("NY10", css, [p1, p2]), fields=f, pages=2, header=header,
                kind="behavioral_health_agency_qa_labels_above_answers_plus_release_psychiatry", mode="standard")
