"""NY01-NY03: health-system referral centre, FQHC, independent multispecialty group."""
from common import npi, P, D, X, O, page, barcode, days


# ---------------------------------------------------------------- NY01
def ny01():
    """Large health system: referral-centre transmittal cover + band form (labels in header rows) + problem/med list."""
    f = {
        "patient_last_name": "Achterberg",
        "patient_first_name": "Lucia",
        "patient_dob": "1984-02-17",
        "patient_sex": "F",
        "patient_phone": "4142876630",
        "patient_mrn": "NG10094527",
        "insurance_payer": "UnitedHealthcare",
        "insurance_member_id": "918273645",
        "referring_provider": "Priya Raghunathan",
        "referring_npi": npi("148203957"),
        "referring_phone": "4142983100",
        "referring_fax": "4142983199",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Marcus Oyelaran",
        "diagnosis_codes": ["R56.9", "R41.82"],
        "reason": "First unprovoked generalized tonic-clonic seizure with prolonged post-ictal confusion; CT head negative in ED. Please evaluate for epilepsy and advise on EEG/MRI and driving restrictions.",
        "urgency": "urgent",
        "referral_date": "2026-11-04",
    }
    ed_doc_npi = npi("119374620")
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.cv { display:flex; height: 9.6in; }
.cv .bar { width: 0.5in; background: #000; color:#fff; writing-mode: vertical-rl; transform: rotate(180deg);
           font: bold 16pt 'Liberation Sans'; letter-spacing: 6px; text-align:center; padding: 10px 0; }
.cv .main { flex:1; padding-left: 0.3in; }
.cv h1 { font: bold 24pt 'Liberation Sans'; margin: 6px 0 0 0; letter-spacing: 2px; }
.cv .org { font-size: 11pt; margin-bottom: 18px; }
.cv table.rt { width: 100%; font-size: 11pt; }
.cv table.rt td { padding: 6px 6px; border-bottom: 1px solid #000; vertical-align: top; }
.cv table.rt td.k { font-weight: bold; width: 1.1in; }
.cv .msg { margin-top: 18px; border: 1px solid #000; padding: 10px; min-height: 2in; font-size: 10.5pt; }
.cv .opts { margin-top: 14px; font-size: 10.5pt; }
.cv .opts span.o { margin-right: 18px; }
.cv .warn { margin-top: 24px; font-size: 8.5pt; border-top: 2px solid #000; padding-top: 6px; }
.hd { display:flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px double #000; padding-bottom: 3px; }
.hd .n { font: bold 14pt 'Liberation Sans'; }
.hd .t { font: bold 12pt 'Liberation Sans'; text-align: right; }
table.band { width: 100%; margin-top: 6px; table-layout: fixed; }
table.band th { background: #d0d0d0; border: 1px solid #000; font: bold 7.5pt 'Liberation Sans Narrow', 'Liberation Sans'; text-transform: uppercase;
                text-align: left; padding: 1px 4px; }
table.band td { border: 1px solid #000; padding: 3px 4px 4px 4px; font-size: 10pt; font-weight: bold; height: 0.28in; vertical-align: top; }
table.band td.n { font-weight: normal; }
.sec { margin-top: 9px; font: bold 9pt 'Liberation Sans'; letter-spacing: 1px; border-left: 6px solid #000; padding-left: 5px; }
.txt { border: 1px solid #000; padding: 4px 6px; font-size: 10pt; margin-top: 3px; }
.ft { font-size: 7.5pt; display: flex; justify-content: space-between; border-top: 1px solid #000; padding-top: 2px; }
table.pl { width: 100%; font-size: 9.5pt; margin-top: 4px; }
table.pl th { text-align: left; border-bottom: 1.5px solid #000; padding: 2px 4px; font-size: 8.5pt; }
table.pl td { border-bottom: 1px dotted #000; padding: 3px 4px; vertical-align: top; }
"""
    cover = f"""
<div class="cv"><div class="bar">NORTHGATE HEALTH</div><div class="main">
<h1>TRANSMITTAL</h1>
<div class="org">Enterprise Referral Management Center &bull; 2900 W. Kilbourn Ave, Milwaukee, WI 53208</div>
<table class="rt">
<tr><td class="k">Date</td><td>{D(f['referral_date'], 'long')}</td><td class="k">Pages</td><td>3 (including this sheet)</td></tr>
<tr><td class="k">To</td><td colspan="3">Northgate Neurosciences &ndash; Epilepsy Program Scheduling<br>Fax {P('4142984455')} &nbsp;&nbsp; Phone {P('4142984400')}</td></tr>
<tr><td class="k">From</td><td colspan="3">Referral Coordinator: Kavya Patel, CRCS<br>Fax {P('4142981250')} &nbsp;&nbsp; Phone {P('4142981200')} ext. 4417</td></tr>
<tr><td class="k">Re</td><td colspan="3">New outpatient referral &ndash; pt L.A. (identifiers on attached)</td></tr>
</table>
<div class="opts"><span class="o">{X}Time-sensitive</span><span class="o">{O}For review</span><span class="o">{O}Please reply</span><span class="o">{X}Please schedule</span></div>
<div class="msg">Attached: outpatient referral order and problem/medication list.<br><br>
Please contact the patient directly to schedule. Scheduling outcome (date/time or unable to reach)
can be returned to our work queue by fax at {P('4142981250')}. Questions after 5 PM: Access Center
{P('4142980000')} (24/7).</div>
<div class="warn"><b>CONFIDENTIALITY NOTICE:</b> This facsimile contains protected health information that is
privileged and confidential under federal and state law. If you are not the intended recipient, any review,
disclosure, copying or distribution is strictly prohibited. If you received this in error, notify the sender at
{P('4142981200')} and destroy all copies. Re-disclosure without authorization is prohibited.</div>
</div></div>
"""
    form = f"""
<div class="hd"><div><div class="n">NORTHGATE HEALTH</div><div style="font-size:8.5pt">Northgate Medical Group &ndash; Internal Medicine, Brookfield Clinic<br>
17500 W. Capitol Dr, Brookfield, WI 53045 &bull; Clinic {P(f['referring_phone'], 'dash')} &bull; Fax {P(f['referring_fax'], 'dash')}</div></div>
<div class="t">OUTPATIENT REFERRAL ORDER<br><span style="font-size:9pt;font-weight:normal">Referral # R-26-4471930 &nbsp; {barcode(11, 34, '0.22in')}</span></div></div>

<div class="sec">1 &nbsp;PATIENT</div>
<table class="band">
<tr><th style="width:22%">Patient last name</th><th style="width:20%">First name</th><th style="width:6%">MI</th><th style="width:16%">Date of birth</th><th style="width:12%">Sex</th><th>Enterprise MRN</th></tr>
<tr><td>ACHTERBERG</td><td>LUCIA</td><td>R</td><td>{D(f['patient_dob'])}</td><td>Female</td><td>{f['patient_mrn']}</td></tr>
</table>
<table class="band">
<tr><th style="width:34%">Home address</th><th style="width:24%">City / State / ZIP</th><th style="width:21%">Primary phone</th><th>Alternate phone</th></tr>
<tr><td class="n">2318 N. Prospect Ave, Apt 5</td><td class="n">Milwaukee, WI 53202</td><td>{P(f['patient_phone'])}</td><td class="n">{P('4143310972')} (work)</td></tr>
</table>

<div class="sec">2 &nbsp;COVERAGE</div>
<table class="band">
<tr><th style="width:26%">Primary payer</th><th style="width:22%">Plan / product</th><th style="width:20%">Subscriber / member ID</th><th style="width:14%">Group #</th><th>Prior auth</th></tr>
<tr><td>{f['insurance_payer']}</td><td class="n">Choice Plus PPO</td><td>{f['insurance_member_id']}</td><td class="n">0704412</td><td class="n">Not required</td></tr>
</table>

<div class="sec">3 &nbsp;ORDERING CLINICIAN</div>
<table class="band">
<tr><th style="width:30%">Ordering clinician</th><th style="width:17%">NPI</th><th style="width:19%">Department</th><th style="width:17%">Clinic phone</th><th>Clinic fax</th></tr>
<tr><td>Priya Raghunathan, MD</td><td>{f['referring_npi']}</td><td class="n">Internal Medicine</td><td>{P(f['referring_phone'], 'dash')}</td><td>{P(f['referring_fax'], 'dash')}</td></tr>
</table>

<div class="sec">4 &nbsp;SERVICE REQUESTED</div>
<table class="band">
<tr><th style="width:17%">Specialty</th><th style="width:20%">Program</th><th style="width:24%">Preferred provider</th><th style="width:22%">Location</th><th>Priority</th></tr>
<tr><td>Neurology</td><td class="n">Comprehensive Epilepsy</td><td>Marcus Oyelaran, MD</td><td class="n">Neurosciences Pavilion, Wauwatosa</td><td>URGENT &ndash; within 7 days</td></tr>
</table>
<table class="band">
<tr><th style="width:17%">ICD-10-CM</th><th style="width:55%">Diagnosis description</th><th>Onset</th></tr>
<tr><td>R56.9</td><td class="n">Unspecified convulsions</td><td class="n">{D('2026-10-29')}</td></tr>
<tr><td>R41.82</td><td class="n">Altered mental status, unspecified</td><td class="n">{D('2026-10-29')}</td></tr>
</table>

<div class="sec">5 &nbsp;CLINICAL QUESTION / REASON FOR REFERRAL</div>
<div class="txt">{f['reason']}</div>
<div class="sec">6 &nbsp;PERTINENT FINDINGS</div>
<div class="txt" style="font-size:9pt">ED visit {D('2026-10-29')} (ED attending Hanna Solberg, MD, NPI {ed_doc_npi}): witnessed GTC seizure ~2 min at work,
tongue laceration, confused ~40 min. Na 138, glucose 96, CK 412. CT head w/o contrast (CPT 70450): no acute findings.
No prior seizures; no family history. Sleep-deprived the week prior. Seen in clinic {D('2026-11-03')}: neuro exam nonfocal.
Counseled: no driving pending neurology evaluation (WI). EEG (CPT 95816) ordered &ndash; not yet scheduled.</div>

<table class="band" style="margin-top:10px">
<tr><th style="width:50%">Authenticated by</th><th style="width:25%">Date ordered</th><th>Visits / expires</th></tr>
<tr><td class="n"><span class="sig">Priya Raghunathan</span> &nbsp; (electronically signed)</td><td>{D(f['referral_date'])}</td><td class="n">2 visits &bull; {D('2027-05-04')}</td></tr>
</table>
<div class="pfoot ft"><span>NGH-REF-0417 (rev. 08/2025)</span><span>Printed {D('2026-11-04', 'us2')} 16:02 by ERMC\\kpatel</span><span>Page 2 of 3</span></div>
"""
    meds = f"""
<div class="hd"><div><div class="n">NORTHGATE HEALTH</div><div style="font-size:8.5pt">Problem List and Medications &ndash; as of {D('2026-11-04')}</div></div>
<div class="t" style="font-size:10pt">ACHTERBERG, LUCIA R<br><span style="font-weight:normal">MRN {f['patient_mrn']} &bull; DOB {D(f['patient_dob'])}</span></div></div>
<div class="sec">ACTIVE PROBLEMS</div>
<table class="pl">
<tr><th style="width:44%">Problem</th><th style="width:14%">ICD-10</th><th style="width:16%">Noted</th><th>Comment</th></tr>
<tr><td>Seizure (new onset)</td><td>R56.9</td><td>{D('2026-10-29')}</td><td>Referred to neurology</td></tr>
<tr><td>Migraine without aura, not intractable</td><td>G43.009</td><td>{D('2019-05-14')}</td><td>~2/month</td></tr>
<tr><td>Iron deficiency anemia</td><td>D50.9</td><td>{D('2023-02-02')}</td><td>Resolved on oral iron</td></tr>
<tr><td>Vitamin D deficiency</td><td>E55.9</td><td>{D('2024-08-20')}</td><td></td></tr>
</table>
<div class="sec">ACTIVE MEDICATIONS</div>
<table class="pl">
<tr><th style="width:40%">Medication</th><th style="width:30%">Sig</th><th style="width:16%">NDC</th><th>Prescriber</th></tr>
<tr><td>Sumatriptan 50 mg tablet</td><td>1 tab PO at onset, may repeat x1 in 2 h</td><td>65862-0147-09</td><td>P. Raghunathan</td></tr>
<tr><td>Cholecalciferol 2,000 unit capsule</td><td>1 cap PO daily</td><td>OTC</td><td>P. Raghunathan</td></tr>
<tr><td>Norgestimate-ethinyl estradiol 0.25-0.035 mg</td><td>1 tab PO daily</td><td>50102-0220-01</td><td>Ines Carvalho, CNM</td></tr>
</table>
<div class="sec">ALLERGIES</div>
<div class="txt" style="border:none;padding-left:0">Sulfa (sulfonamide antibiotics) &ndash; rash. &nbsp; Latex &ndash; contact dermatitis.</div>
<div class="sec">PCP / CARE TEAM</div>
<div class="txt" style="border:none;padding-left:0">PCP: Priya Raghunathan, MD (Internal Medicine, Brookfield) &bull; OB/GYN: Ines Carvalho, CNM &bull;
Care manager: Dana Kowalski, RN {P('4142983142', 'dash')}</div>
<div class="pfoot ft"><span>NGH-REF-0417 attachment</span><span>Printed {D('2026-11-04', 'us2')} 16:02</span><span>Page 3 of 3</span></div>
"""

    def header(i, n):
        return (f"NOV-04-2026 16:07 FROM-NORTHGATE HEALTH ERMC  +4142981250", f"T-417 P.{i:03d}/{n:03d} F-882")

    return dict(html=page("NY01", css, [cover, form, meds]), fields=f, pages=3, header=header,
                kind="health_system_referral_center_cover_plus_band_form_plus_problem_med_list_neurology", mode="fine")


# ---------------------------------------------------------------- NY02
def ny02():
    """FQHC: preprinted form (labels left, no colon) with typewriter-style values on rules + insurance card copy."""
    f = {
        "patient_last_name": "Tran",
        "patient_first_name": "Minh",
        "patient_dob": "1961-07-22",
        "patient_sex": "M",
        "patient_phone": "5058772043",
        "patient_mrn": "RB-0048213",
        "insurance_payer": "Western Sky Community Care",
        "insurance_member_id": "WS40918273",
        "referring_provider": "Esperanza Villalobos",
        "referring_npi": npi("161930482"),
        "referring_phone": "5058772100",
        "referring_fax": "5058772150",
        "referred_to_specialty": "ophthalmology",
        "diagnosis_codes": ["E11.3293", "Z79.4"],
        "reason": "Retinal photo screening shows bilateral mild nonproliferative diabetic retinopathy. Dilated eye exam and management please.",
        "urgency": "routine",
        "referral_date": "2026-10-09",
    }
    ty = "font-family:'Liberation Mono','Courier New',monospace;"
    css = f"""
body {{ font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 8.5pt; }}
.top {{ display:flex; justify-content:space-between; align-items:flex-start; }}
.top .nm {{ font: bold 15pt 'Nimbus Sans'; }}
.top .fm {{ border: 2px solid #000; padding: 4px 8px; font: bold 11pt 'Nimbus Sans'; text-align:center; }}
.row {{ display:flex; align-items:flex-end; margin-top: 7px; }}
.row .l {{ white-space:nowrap; margin-right: 6px; font-size: 8.5pt; }}
.row .v {{ flex:1; border-bottom: 1px solid #000; {ty} font-size: 10.5pt; padding: 0 4px 1px 4px; margin-right: 12px; min-height: 15px; }}
.row .v:last-child {{ margin-right: 0; }}
.hdr {{ background:#000; color:#fff; font: bold 9pt 'Nimbus Sans'; padding: 2px 6px; margin-top: 10px; letter-spacing: 1px; }}
.grid {{ display:grid; grid-template-columns: repeat(4, 1fr); gap: 3px 8px; margin-top: 6px; font-size: 8.5pt; }}
.tv {{ {ty} font-size: 10.5pt; }}
.box {{ border: 1px solid #000; padding: 4px 6px; margin-top: 4px; min-height: 0.45in; }}
.small {{ font-size: 7.5pt; }}
.card {{ width: 3.9in; height: 2.45in; border: 1.5px solid #000; border-radius: 12px; padding: 10px 12px; margin: 0 auto 0.25in auto; position: relative; }}
"""
    def v(s, w=""):
        style = f' style="flex:0 0 {w}"' if w else ""
        return f'<span class="v"{style}>{s}</span>'
    specialties = ["Allergy", "Audiology", "Cardiology", "Dermatology", "Endocrinology", "ENT", "Gastroenterology",
                   "General Surgery", "Nephrology", "Neurology", "OB/GYN", "Ophthalmology", "Orthopedics",
                   "Podiatry", "Pulmonology", "Rheumatology", "Urology", "Other: ________"]
    grid = "".join(f"<div>{X if s == 'Ophthalmology' else O}{s}</div>" for s in specialties)
    form = f"""
<div class="top"><div><div class="nm">RIO BRAVO COMMUNITY HEALTH CENTER</div>
<div>Federally Qualified Health Center &bull; Main clinic 1420 S. Valley Dr, Las Cruces, NM 88005</div>
<div>Phone {P(f['referring_phone'], 'dash')} &bull; Fax {P(f['referring_fax'], 'dash')} &bull; After-hours nurse line {P('5058772199', 'dash')}</div></div>
<div class="fm">SPECIALTY REFERRAL<br><span style="font-size:8pt;font-weight:normal">Form RB-114 &nbsp; Rev 1/24</span></div></div>

<div class="row"><span class="l">Date of referral</span>{v(D(f['referral_date'], 'us_dash'), '1.3in')}<span class="l">Referral coordinator</span>{v('T. Nguyen  x2214')}</div>

<div class="hdr">PATIENT</div>
<div class="row"><span class="l">Name (Last, First, MI)</span>{v('TRAN, MINH K')}<span class="l">Chart No.</span>{v(f['patient_mrn'], '1.3in')}</div>
<div class="row"><span class="l">Birthdate</span>{v(D(f['patient_dob'], 'us_dash'), '1.2in')}<span class="l">Sex</span><span style="margin-right:12px">{X}M {O}F {O}X</span>
<span class="l">Preferred language</span>{v('Vietnamese')}<span class="l">Interpreter</span><span>{X}Yes {O}No</span></div>
<div class="row"><span class="l">Address</span>{v('2207 Calle de Ensueno, Las Cruces NM 88001')}</div>
<div class="row"><span class="l">Cell</span>{v(P(f['patient_phone'], 'space'), '1.45in')}<span class="l">Message phone</span>{v(P('5057740318', 'space') + ' (daughter Linh)')}</div>
<div class="row"><span class="l">Sliding fee level</span>{v('N/A', '0.8in')}<span class="l">Transportation help needed</span><span>{X}Yes {O}No</span>
<span class="l" style="margin-left:12px">Best time to call</span>{v('after 2 PM')}</div>

<div class="hdr">COVERAGE</div>
<div class="row"><span>{O}Uninsured / sliding fee &nbsp; {O}Medicare &nbsp; {X}Medicaid MCO &nbsp; {O}Commercial &nbsp; {O}Other</span></div>
<div class="row"><span class="l">Plan name</span>{v(f['insurance_payer'])}<span class="l">Member ID</span>{v(f['insurance_member_id'], '1.5in')}<span class="l">Group</span>{v('NMCC01', '0.8in')}</div>
<div class="row"><span class="l">Auth required by plan</span><span>{O}Yes {X}No {O}Unknown</span><span class="l" style="margin-left:12px">Auth #</span>{v('')}</div>

<div class="hdr">REFERRING CLINICIAN (PCP)</div>
<div class="row"><span class="l">Name / credentials</span>{v('Esperanza Villalobos, CNP')}<span class="l">NPI</span>{v(f['referring_npi'], '1.4in')}</div>
<div class="row"><span class="l">Site</span>{v('Main clinic (Valley Dr)')}<span class="l">Direct line</span>{v(P(f['referring_phone'], 'space') + ' opt 3', '1.75in')}<span class="l">Fax</span>{v(P(f['referring_fax'], 'space'), '1.3in')}</div>

<div class="hdr">REFERRED TO</div>
<div class="grid">{grid}</div>
<div class="row"><span class="l">Practice / provider</span>{v('Mesilla Valley Eye Associates (any retina-trained MD)')}</div>
<div class="row"><span class="l">Phone</span>{v(P('5055221880', 'space'), '1.4in')}<span class="l">Fax</span>{v(P('5055221899', 'space'), '1.4in')}<span class="l">Urgency</span><span>{X}Routine {O}Urgent {O}STAT (call first)</span></div>

<div class="hdr">CLINICAL</div>
<div class="row"><span class="l">ICD-10 codes</span>{v('E11.3293 &nbsp; Z79.4')}</div>
<div style="margin-top:6px">Reason / question for specialist</div>
<div class="box tv">{f['reason']}</div>
<div style="margin-top:6px">Pertinent history, meds, results (or attach)</div>
<div class="box tv" style="font-size:9.5pt">T2DM x 14 yrs. A1c 9.1% (LOINC 4548-4) on 09/30/2026. Insulin glargine 28 u qHS, metformin 1000 mg BID.
IRIS retinal camera read 10/08/2026 by Dr. Alan Whitebird (tele-ophthalmology). BP 142/84. Last dilated exam: never.</div>

<div class="row" style="margin-top:14px"><span class="l">Clinician signature</span><span class="v sig" style="font-family:Z003,cursive;font-size:14pt">E. Villalobos</span><span class="l">Date</span>{v(D(f['referral_date'], 'us_dash'), '1.2in')}</div>
<div class="pfoot small" style="display:flex;justify-content:space-between"><span>White: specialist &nbsp; Yellow: chart &nbsp; Pink: patient</span><span>Please send consult note to fax {P(f['referring_fax'], 'dash')}</span><span>Page 1 of 2</span></div>
"""
    card = f"""
<div style="font: bold 11pt 'Nimbus Sans'; margin-bottom: 4px">INSURANCE CARD COPY &ndash; TRAN, MINH K &nbsp; <span style="font-weight:normal;font-size:9pt">(scanned at front desk {D('2026-09-30', 'us_dash')})</span></div>
<div style="font-size:8.5pt;margin-bottom:10px">Copied by: R. Sanchez &nbsp;&bull;&nbsp; Chart No. {f['patient_mrn']}</div>
<div class="card">
  <div style="font: bold 14pt 'Nimbus Sans'">Western Sky</div><div style="font-size:9pt;margin-top:-2px">Community Care &bull; Medicaid</div>
  <table style="margin-top:12px;font-size:9.5pt">
  <tr><td style="padding-right:10px">Member</td><td><b>MINH K TRAN</b></td></tr>
  <tr><td>Member ID</td><td><b>{f['insurance_member_id']}</b></td></tr>
  <tr><td>Date of Birth</td><td>{D(f['patient_dob'])}</td></tr>
  <tr><td>Effective</td><td>{D('2025-01-01')}</td></tr>
  <tr><td>PCP</td><td>VILLALOBOS, ESPERANZA</td></tr>
  <tr><td>PCP Phone</td><td>{P(f['referring_phone'])}</td></tr>
  </table>
  <div style="position:absolute;right:12px;top:12px;font-size:8pt;text-align:right">Group NMCC01<br>RxBIN 004336<br>RxPCN MCAIDADV<br>RxGRP RX5473</div>
</div>
<div class="card" style="font-size:8.5pt">
  <b>Member Services:</b> 1-844-618-2250 (TTY 711)<br>
  <b>24/7 Nurse Advice Line:</b> 1-844-618-2257<br>
  <b>Behavioral Health Crisis:</b> 1-855-618-2290<br><br>
  <b>Providers:</b> Eligibility and prior authorization at the provider portal or 1-844-618-2250.<br>
  Submit claims to: Western Sky Community Care, Attn: Claims, P.O. Box 7140, Albuquerque, NM 87194-7140<br><br>
  In an emergency, go to the nearest emergency room or call 911.<br>
  <div style="margin-top:8px">{barcode(22, 40, '0.3in')}</div>
</div>
<div class="pfoot small" style="display:flex;justify-content:space-between"><span>RB-114 attachment</span><span>Page 2 of 2</span></div>
"""

    def header(i, n):
        return ("10/09/2026  11:38  5058772150   RIO BRAVO CHC", f"PAGE  {i:02d}/{n:02d}")

    return dict(html=page("NY02", css, [form, card]), fields=f, pages=2, header=header,
                kind="fqhc_preprinted_form_typed_values_plus_insurance_card_ophthalmology", mode="standard")


# ---------------------------------------------------------------- NY03
def ny03():
    """Independent multispecialty group: interoffice consultation memo (serif, borderless key-value) + lab report."""
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Dariusz",
        "patient_dob": "1972-06-05",
        "patient_sex": "M",
        "patient_phone": "9196043381",
        "patient_mrn": "CR-731552",
        "referring_provider": "Helen Marchbanks",
        "referring_npi": npi("152839406"),
        "referring_phone": "9197826010",
        "referring_fax": "9197826090",
        "referred_to_specialty": "endocrinology",
        "referred_to_provider": "Arjun Venkataraman",
        "diagnosis_codes": ["E05.90", "R00.0", "R63.4"],
        "reason": "Suppressed TSH with elevated free T4, 11 lb weight loss and resting tachycardia. Please evaluate for Graves disease versus toxic nodular goiter and advise on treatment.",
        "urgency": "routine",
        "referral_date": "2026-11-02",
    }
    css = """
body { font-family: 'C059', 'Liberation Serif', serif; font-size: 11pt; }
.lh { text-align: center; }
.lh .n { font-size: 17pt; letter-spacing: 3px; }
.lh .s { font-size: 9pt; font-style: italic; }
.rule { border-top: 1px solid #000; border-bottom: 1px solid #000; height: 3px; margin: 6px 0 10px 0; }
.memo td { padding: 2px 14px 2px 0; vertical-align: top; }
.memo td.k { font-weight: bold; letter-spacing: 1px; }
h2 { font-size: 12pt; text-align: center; margin: 12px 0 6px 0; font-variant: small-caps; letter-spacing: 1px; }
table.kv { width: 100%; }
table.kv td { padding: 2px 8px 3px 0; vertical-align: top; }
table.kv td.k { width: 1.55in; }
p { margin: 6px 0; text-align: justify; }
table.lab { width: 100%; font-family: 'Liberation Sans'; font-size: 9pt; margin-top: 6px; }
table.lab th { border-bottom: 1.5px solid #000; text-align: left; padding: 2px 4px; }
table.lab td { padding: 3px 4px; border-bottom: 1px solid #bbb; }
.ft { font-size: 8pt; text-align: center; font-style: italic; }
"""
    memo = f"""
<div class="lh"><div class="n">CEDAR RIDGE MEDICAL GROUP, P.A.</div>
<div class="s">Family Medicine &middot; Internal Medicine &middot; Endocrinology &middot; Cardiology &middot; Women&rsquo;s Health &middot; Laboratory &amp; Imaging</div>
<div style="font-size:9pt">Administrative Offices: 5100 Six Forks Road, Raleigh, North Carolina 27609 &middot; {P('9197826000', 'dot')}</div></div>
<div class="rule"></div>
<div style="font-size:15pt;font-weight:bold;letter-spacing:4px;margin-bottom:6px">INTEROFFICE CONSULTATION</div>
<table class="memo">
<tr><td class="k">TO:</td><td>Dr. Arjun Venkataraman, Endocrinology &mdash; Glenwood office (fax {P('9197826290', 'dot')})</td></tr>
<tr><td class="k">FROM:</td><td>Dr. Helen Marchbanks, Family Medicine &mdash; Oak Park office</td></tr>
<tr><td class="k">DATE:</td><td>{D(f['referral_date'], 'long')}</td></tr>
<tr><td class="k">RE:</td><td>Request for consultation &mdash; hyperthyroidism</td></tr>
</table>
<div class="rule" style="height:1px;border-bottom:none"></div>

<table class="kv">
<tr><td class="k">Consult with:</td><td>Arjun Venkataraman, M.D. (Endocrinology)</td></tr>
<tr><td class="k">Patient:</td><td><b>Dariusz Kowalczyk</b></td></tr>
<tr><td class="k">Birthdate:</td><td>{D(f['patient_dob'], 'long')} &nbsp;&nbsp;(male, 54)</td></tr>
<tr><td class="k">Chart number:</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="k">Telephone:</td><td>{P(f['patient_phone'], 'dot')} (mobile) &nbsp;&middot;&nbsp; {P('9198472265', 'dot')} (home)</td></tr>
<tr><td class="k">Insurance:</td><td>On file with Patient Accounts &mdash; verify at check-in</td></tr>
<tr><td class="k">Dx code(s):</td><td>E05.90 &nbsp;Thyrotoxicosis, unspecified &nbsp;&middot;&nbsp; R00.0 &nbsp;Tachycardia &nbsp;&middot;&nbsp; R63.4 &nbsp;Abnormal weight loss</td></tr>
<tr><td class="k">Question:</td><td>{f['reason']}</td></tr>
</table>

<p>Arjun &mdash; Mr. Kowalczyk is a 54-year-old machinist I saw on October 27 for palpitations, heat intolerance and
loose stools over two months. Resting HR 112, BP 138/70, fine tremor, no proptosis or lid lag; thyroid is diffusely
enlarged without a discrete nodule on exam. Labs from October 28 are attached. I started propranolol 20 mg three
times daily for symptoms and have not ordered a radioiodine uptake scan or thyroid ultrasound, leaving that to you.
ECG today showed sinus tachycardia without atrial fibrillation. No history of amiodarone, iodinated contrast or biotin use.</p>
<p>He works second shift and asks for a morning appointment. Please send your note back to me at the Oak Park office.</p>

<table style="width:100%;margin-top:14px"><tr>
<td style="width:55%;vertical-align:top"><span class="sig" style="font-size:17pt">Helen Marchbanks</span><br>
Helen Marchbanks, M.D. &middot; NPI {f['referring_npi']}<br>Family Medicine, Oak Park office<br>
8801 Oak Park Blvd, Raleigh, NC 27615<br>Tel {P(f['referring_phone'], 'dot')} &middot; Fax {P(f['referring_fax'], 'dot')}</td>
<td style="vertical-align:top;font-size:9pt">cc: chart<br>Scheduling (Glenwood): {P('9197826200', 'dot')}<br>
Office manager: Beverly Tate</td></tr></table>
<div class="pfoot ft">Confidential patient information &mdash; for the use of Cedar Ridge Medical Group clinicians &middot; page 1 of 2</div>
"""
    lab = f"""
<div style="display:flex;justify-content:space-between;font-family:'Liberation Sans';font-size:9pt;border-bottom:2px solid #000;padding-bottom:4px">
<div><b style="font-size:12pt">CEDAR RIDGE LABORATORY SERVICES</b><br>5100 Six Forks Rd, Raleigh NC 27609 &middot; CLIA 34D2071188<br>
Laboratory Director: Samuel Ortiz-Beck, MD</div>
<div style="text-align:right"><b>FINAL REPORT</b><br>Accession: CR26-302-0418<br>Page 2 of 2</div></div>
<table style="width:100%;font-family:'Liberation Sans';font-size:9pt;margin-top:6px">
<tr><td>Patient: <b>KOWALCZYK, DARIUSZ</b></td><td>DOB: {D(f['patient_dob'])}</td><td>Sex: M</td><td>Chart: {f['patient_mrn']}</td></tr>
<tr><td>Ordering: Marchbanks, Helen MD</td><td>Collected: {D('2026-10-28')} 08:12</td><td colspan="2">Reported: {D('2026-10-29')} 14:40</td></tr>
</table>
<table class="lab">
<tr><th>Test</th><th>LOINC</th><th>Result</th><th>Flag</th><th>Units</th><th>Reference</th></tr>
<tr><td>TSH, 3rd generation</td><td>3016-3</td><td><b>&lt;0.01</b></td><td>L</td><td>mIU/L</td><td>0.45&ndash;4.50</td></tr>
<tr><td>Free T4</td><td>3024-7</td><td><b>3.4</b></td><td>H</td><td>ng/dL</td><td>0.82&ndash;1.77</td></tr>
<tr><td>T3, total</td><td>3053-6</td><td><b>286</b></td><td>H</td><td>ng/dL</td><td>71&ndash;180</td></tr>
<tr><td>TSH receptor antibody (TRAb)</td><td>30567-2</td><td>pending</td><td></td><td>IU/L</td><td>&lt;1.75</td></tr>
<tr><td>Hemoglobin</td><td>718-7</td><td>14.6</td><td></td><td>g/dL</td><td>13.0&ndash;17.7</td></tr>
<tr><td>WBC</td><td>6690-2</td><td>6.1</td><td></td><td>x10E3/uL</td><td>3.4&ndash;10.8</td></tr>
<tr><td>Glucose</td><td>2345-7</td><td>104</td><td>H</td><td>mg/dL</td><td>70&ndash;99</td></tr>
<tr><td>Calcium</td><td>17861-6</td><td>10.1</td><td></td><td>mg/dL</td><td>8.7&ndash;10.2</td></tr>
<tr><td>Alkaline phosphatase</td><td>6768-6</td><td>131</td><td>H</td><td>IU/L</td><td>44&ndash;121</td></tr>
</table>
<p style="font-family:'Liberation Sans';font-size:9pt;margin-top:10px">Comment: TRAb sent to reference laboratory; expected turnaround 5&ndash;7 days.
Results called to Dr. Marchbanks&rsquo; nurse (K. Ames, RN) on {D('2026-10-29')} at 15:05.</p>
<div class="pfoot ft" style="font-family:'Liberation Sans';font-style:normal">Printed {D('2026-11-02')} &middot; Cedar Ridge Laboratory Services &middot; page 2 of 2</div>
"""

    def header(i, n):
        return (f"NOV 02 2026 3:15PM CEDAR RIDGE MED GRP OAK PK  919 782 6090", f"P. {i}/{n}")

    return dict(html=page("NY03", css, [memo, lab]), fields=f, pages=2, header=header,
                kind="multispecialty_group_interoffice_consult_memo_plus_lab_report_endocrinology_no_insurance", mode="fine")
