"""NE01-NE05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, urgency_printed]).

Theme of set R: referral forms from practices in the Midwest (Ohio) and the Northeast (Pennsylvania, New York,
Massachusetts) sent to the Central Referral Office of a regional health system (Presque Isle Regional Health,
Erie PA), one specialty per document.
"""
from common import npi, P, D, box, page, esc

# The receiving central referral office (a distractor on every page).
CRO_NAME = "Presque Isle Regional Health"
CRO_PHONE = "8144527700"
CRO_FAX = "8144527790"


# ====================================================================== NE01
def ne01():
    """Ohio family practice, one-page 'Specialty Referral Request': patient block top-left, referring provider
    block top-right, referred-to line, diagnosis table and reason below, checkbox urgency, signature line."""
    f = {
        "patient_last_name": "Brandt",
        "patient_first_name": "Harold",
        "patient_dob": "1952-08-21",
        "patient_sex": "M",
        "patient_phone": "4405937721",
        "patient_mrn": "CFP-20913",
        "insurance_payer": "Humana Gold Plus HMO",
        "insurance_member_id": "H61940227",
        "referring_provider": "Renata Kowalski",
        "referring_npi": npi("134882901"),
        "referring_phone": "4405993100",
        "referring_fax": "4405993118",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Anil Mehrotra",
        "diagnosis_codes": ["I48.91", "R00.2"],
        "reason": "New irregular rhythm on office ECG with intermittent palpitations. Please evaluate for atrial "
                  "fibrillation management and anticoagulation.",
        "urgency": "urgent",
        "referral_date": "2026-10-19",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 10pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .a { font-size:9pt; line-height:1.35; }
.hd .t { text-align:right; font-size:9pt; line-height:1.35; }
h1 { font-size:17pt; text-align:center; letter-spacing:2px; margin:12px 0 4px 0; }
.to { text-align:center; font-size:9.5pt; margin-bottom:10px; }
.cols { display:flex; gap:0.2in; }
.blk { flex:1; border:1.5px solid #000; }
.blk .h { background:#000; color:#fff; font-weight:bold; padding:3px 6px; font-size:10pt; }
.blk table { width:100%; }
.blk td { padding:3px 6px; vertical-align:top; }
.blk td.l { width:1.15in; font-weight:bold; font-size:9pt; }
.sec { margin-top:12px; border:1.5px solid #000; }
.sec .h { background:#000; color:#fff; font-weight:bold; padding:3px 6px; }
.sec .b { padding:5px 7px; }
table.dx { width:100%; }
table.dx th, table.dx td { border-bottom:1px solid #000; padding:3px 6px; text-align:left; }
table.dx th { font-size:9pt; }
.reason { min-height:0.9in; line-height:1.45; }
.urg { margin-top:10px; font-size:10.5pt; }
.urg span.o { margin-right:0.35in; }
.sig { display:flex; gap:0.3in; margin-top:26px; }
.sig div { flex:1; border-top:1px solid #000; font-size:8.5pt; padding-top:2px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; border-top:1px solid #000; padding-top:3px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Conneaut Family Physicians</div>
<div class="a">327 Mill Street, Conneaut, OH 44030</div></div>
<div class="t">Main: {P(f['referring_phone'], 'dash')}<br>Fax: {P(f['referring_fax'], 'dash')}</div></div>
<h1>SPECIALTY REFERRAL REQUEST</h1>
<div class="to">To: {CRO_NAME} &ndash; Central Referral Office &nbsp;&middot;&nbsp; Fax {P(CRO_FAX, 'dash')}
&nbsp;&middot;&nbsp; Phone {P(CRO_PHONE, 'dash')}</div>
<div class="cols">
<div class="blk"><div class="h">PATIENT</div><table>
<tr><td class="l">Name</td><td>Harold J. Brandt</td></tr>
<tr><td class="l">Date of Birth</td><td>{D(f['patient_dob'], 'us')}</td></tr>
<tr><td class="l">Sex</td><td>{box(True)}M &nbsp; {box(False)}F</td></tr>
<tr><td class="l">Phone</td><td>{P(f['patient_phone'], 'dot')}</td></tr>
<tr><td class="l">Chart No.</td><td>{f['patient_mrn']}</td></tr>
<tr><td class="l">Insurance</td><td>{f['insurance_payer']}</td></tr>
<tr><td class="l">Member ID</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Emerg. Contact</td><td>Joan Brandt (wife) {P('4405937780', 'dot')}</td></tr>
</table></div>
<div class="blk"><div class="h">REFERRING PROVIDER</div><table>
<tr><td class="l">Provider</td><td>Renata Kowalski, DO</td></tr>
<tr><td class="l">NPI</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Practice</td><td>Conneaut Family Physicians</td></tr>
<tr><td class="l">Direct Phone</td><td>{P(f['referring_phone'], 'paren')}</td></tr>
<tr><td class="l">Return Fax</td><td>{P(f['referring_fax'], 'paren')}</td></tr>
<tr><td class="l">Contact</td><td>Debbie (referral coord.)</td></tr>
<tr><td class="l">Date</td><td>{D(f['referral_date'], 'us')}</td></tr>
</table></div>
</div>
<div class="sec"><div class="h">REFERRED TO</div><div class="b">
Specialty: <b>Cardiology</b> &nbsp;&nbsp;&nbsp; Preferred physician: <b>Anil Mehrotra, MD</b><br>
Location: PIRH Heart &amp; Vascular Institute, 1700 Peach St, Erie PA &nbsp; Office {P('8144521650', 'dash')}
</div></div>
<div class="sec"><div class="h">DIAGNOSIS</div><div class="b">
<table class="dx"><tr><th style="width:1.1in">ICD-10</th><th>Description</th></tr>
<tr><td>I48.91</td><td>Unspecified atrial fibrillation</td></tr>
<tr><td>R00.2</td><td>Palpitations</td></tr></table>
</div></div>
<div class="sec"><div class="h">REASON FOR REFERRAL</div><div class="b reason">{esc(f['reason'])}<br>
Holter not yet done. Current meds: lisinopril 20 mg, atorvastatin 40 mg. Last visit {D('2026-10-16', 'us')}.</div></div>
<div class="urg"><b>Urgency:</b> &nbsp; <span class="o">{box(False)}Routine</span><span class="o">{box(True)}Urgent</span>
<span class="o">{box(False)}Emergent</span></div>
<div class="sig"><div>Provider Signature</div><div style="flex:0.5">Date</div></div>
<div class="ft">Confidential health information. If received in error, call {P(f['referring_phone'], 'dash')} and destroy.</div>
</div></div>"""
    return dict(html=page("NE01", css, body), fields=f, pages=1,
                kind="specialty_referral_request_patient_left_provider_right_family_practice_to_cardiology",
                mode="fine",
                fax=dict(when="10/19/2026 15:42", name="CONNEAUT FAMILY PHYS", number=f["referring_fax"],
                         to=CRO_FAX, fmt="c"))


# ====================================================================== NE02
def ne02():
    """New York internal medicine form: every label in small caps above a thin underline, values typed on the
    lines; dx codes without dots; priority written on a line."""
    f = {
        "patient_last_name": "DiMarco",
        "patient_first_name": "Anthony",
        "patient_dob": "1968-03-05",
        "patient_sex": "M",
        "patient_phone": "3157334108",
        "insurance_payer": "Excellus BlueCross BlueShield",
        "insurance_member_id": "VYX447120385",
        "referring_provider": "Sunita Raghunathan",
        "referring_npi": npi("165590372"),
        "referring_phone": "3157248800",
        "referring_fax": "3157248815",
        "referred_to_specialty": "gastroenterology",
        "diagnosis_codes": ["K21.9", "R13.10"],
        "reason": "Progressive solid-food dysphagia and chronic reflux despite twice-daily PPI; request EGD.",
        "urgency": "routine",
        "referral_date": "2026-11-02",
    }
    css = """
body { font-family: 'P052', 'Palatino', serif; font-size: 11pt; }
.hd { text-align:center; }
.hd .n { font-size:17pt; font-variant:small-caps; letter-spacing:1px; }
.hd .a { font-size:10pt; }
h1 { font-variant:small-caps; text-align:center; font-size:15pt; margin:10px 0 2px 0; font-weight:normal; letter-spacing:1.5px; }
.rule { border-top:2px solid #000; border-bottom:0.8px solid #000; height:4px; margin:4px 0 10px 0; }
.row { display:flex; gap:0.22in; margin-bottom:9px; }
.fld { flex:1; }
.fld .l { font-variant:small-caps; font-size:9.5pt; letter-spacing:0.6px; }
.fld .v { border-bottom:0.8px solid #000; font-family:'Nimbus Mono PS', 'Liberation Mono', monospace; font-size:11pt;
          min-height:0.24in; padding:1px 3px 0 3px; }
.gh { font-variant:small-caps; font-size:11.5pt; font-weight:bold; margin:12px 0 5px 0; letter-spacing:1px; }
.v2 { border-bottom:0.8px solid #000; font-family:'Nimbus Mono PS', monospace; font-size:11pt; min-height:0.24in; padding:1px 3px 0 3px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:9pt; text-align:center; font-style:italic; }
"""

    def fl(label, value, grow=1):
        return f'<div class="fld" style="flex:{grow}"><div class="l">{label}</div><div class="v">{value}</div></div>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Mohawk Valley Internal Medicine, P.C.</div>
<div class="a">2209 Genesee Street &middot; Utica, New York 13501 &middot; Telephone {P(f['referring_phone'], 'paren')}
&middot; Facsimile {P(f['referring_fax'], 'paren')}</div></div>
<h1>Request for Specialty Consultation</h1>
<div class="rule"></div>
<div class="row">{fl('Date of request', D(f['referral_date'], 'mmddyy'), 1)}{fl('Send to', CRO_NAME + ' Central Referrals', 3)}</div>
<div class="gh">Patient</div>
<div class="row">{fl('Last name', 'DiMarco', 2)}{fl('First name', 'Anthony', 2)}{fl('M.I.', 'R', 0.5)}</div>
<div class="row">{fl('Date of birth', D(f['patient_dob'], 'us_dash'))}{fl('Sex', 'M', 0.6)}{fl('Telephone', P(f['patient_phone'], 'paren'))}{fl('Alt. telephone', '', 1)}</div>
<div class="row">{fl('Street address', '41 Oneida Street, Apt 2', 2)}{fl('City / State / Zip', 'New Hartford, NY 13413', 2)}</div>
<div class="row">{fl('Insurance carrier', f['insurance_payer'], 2)}{fl('Member I.D.', f['insurance_member_id'], 1.3)}{fl('Group no.', '0071552', 0.8)}</div>
<div class="gh">Referring physician</div>
<div class="row">{fl('Name', 'Sunita Raghunathan, M.D.', 2)}{fl('N.P.I.', f['referring_npi'], 1)}</div>
<div class="row">{fl('Office telephone', P(f['referring_phone'], 'dash'))}{fl('Office fax', P(f['referring_fax'], 'dash'))}{fl('Office contact', 'Gina', 0.8)}</div>
<div class="gh">Consultation requested</div>
<div class="row">{fl('Specialty', 'Gastroenterology', 2)}{fl('Consultant, if any', 'First available', 2)}{fl('Priority', 'Routine', 1)}</div>
<div class="row">{fl('Diagnosis (ICD-10)', 'K219 &nbsp;&nbsp; R1310', 2)}{fl('Description', 'GERD; dysphagia', 2)}</div>
<div class="fld"><div class="l">Reason for consultation</div><div class="v">{esc(f['reason'])}</div></div>
<div class="v2">Wt loss 6 lb in 3 mo. No GI bleeding. Prior EGD: none.</div>
<div class="v2">&nbsp;</div>
<div class="row" style="margin-top:22px">{fl('Physician signature', '', 3)}{fl('Date', '', 1)}</div>
<div class="ft">Please fax consultation notes to {P(f['referring_fax'], 'paren')}. Thank you.</div>
</div></div>"""
    return dict(html=page("NE02", css, body), fields=f, pages=1,
                kind="small_caps_labels_above_underlines_values_on_lines_internal_medicine_to_gastroenterology",
                mode="standard",
                fax=dict(when="NOV-02-2026 11:07", name="MOHAWK VALLEY IM", number=f["referring_fax"],
                         to=CRO_FAX, fmt="d"))


# ====================================================================== NE03
def ne03():
    """Ohio primary care, practice-management system printout: monospace, dashed-line separated sections,
    'LABEL.........: value' fields, guarantor and work phone distractors, run timestamp."""
    f = {
        "patient_last_name": "Zielinski",
        "patient_first_name": "Karen",
        "patient_dob": "1959-07-30",
        "patient_sex": "F",
        "patient_phone": "4409642281",
        "patient_mrn": "0048813",
        "insurance_payer": "Medical Mutual of Ohio",
        "insurance_member_id": "7720041196",
        "referring_provider": "Gregory Halverson",
        "referring_npi": npi("174406125"),
        "referring_phone": "4409981250",
        "referring_fax": "4409981266",
        "referred_to_specialty": "dermatology",
        "referred_to_provider": "Claire Beaumont",
        "diagnosis_codes": ["L57.0", "D48.5"],
        "reason": "ENLARGING PIGMENTED LESION L UPPER BACK, IRREGULAR BORDER; MULTIPLE AK FACE/SCALP. EVAL AND BIOPSY.",
        "urgency": "routine",
        "referral_date": "2026-11-05",
    }
    dash = "-" * 78
    w = 16

    def L(label, value, label2=None, value2=None):
        left = f"{label}{'.' * (w - len(label))}: {value}"
        if label2 is None:
            return esc(left)
        pad = max(1, 44 - len(left))
        return esc(left + " " * pad + f"{label2}{'.' * (11 - len(label2))}: {value2}")

    lines = [
        "NORTH COAST PRIMARY CARE INC          MEDICSPM v11.4         RUN: 11/05/26 14:22",
        "ASHTABULA, OH  TEL 440-998-1250  FAX 440-998-1266",
        dash,
        "                     OUTGOING REFERRAL / AUTHORIZATION REQUEST",
        L("REFERRAL DATE", D(f['referral_date'], 'us'), "REF #", "R26-004417"),
        L("SEND TO", "PRESQUE ISLE REG HEALTH - CENTRAL REFERRAL"),
        L("SEND TO FAX", "814-452-7790"),
        dash,
        L("PATIENT", "ZIELINSKI, KAREN M", "CHART #", f['patient_mrn']),
        L("DOB", D(f['patient_dob'], 'us'), "SEX", "F"),
        L("HOME PHONE", "440-964-2281", "VISIT #", "1120563"),
        L("WORK PHONE", "440-992-6000 X114"),
        L("ADDRESS", "1815 LAKE AVE, ASHTABULA OH 44004"),
        dash,
        L("GUARANTOR", "ZIELINSKI, PAUL R", "GUAR DOB", "02/11/1957"),
        L("GUAR PHONE", "440-964-8812", "RELATION", "SPOUSE"),
        dash,
        L("PRIMARY INS", "MEDICAL MUTUAL OF OHIO", "PLAN", "SUPERMED PPO"),
        L("POLICY #", f['insurance_member_id'], "GROUP #", "30118"),
        L("SECONDARY INS", "NONE"),
        dash,
        L("REFERRING PROV", "HALVERSON, GREGORY T MD"),
        L("REF PROV NPI", f['referring_npi']),
        L("REF PROV PHONE", "440-998-1250", "REF FAX", "440-998-1266"),
        L("REFERRED TO", "DERMATOLOGY"),
        L("SPECIALIST", "BEAUMONT, CLAIRE MD"),
        L("SPEC PHONE", "814-452-3300", "SPEC FAX", "814-452-3315"),
        dash,
        L("DX 1", "L570     ACTINIC KERATOSIS"),
        L("DX 2", "D485     NEOPLASM OF UNCERTAIN BEHAVIOR OF SKIN"),
        L("PRIORITY", "ROUTINE", "VISITS", "1"),
        L("AUTH REQUIRED", "N", "AUTH #", ""),
        L("REASON", f['reason'][:58]),
        " " * (w + 2) + esc(f['reason'][58:]),
        dash,
        L("ENTERED BY", "KMORAN", "ENTERED", "11/05/26 14:19"),
        "",
        "PROVIDER SIGNATURE: ______________________________   DATE: ____________",
        "",
        dash,
        "*** END OF REPORT ***                                               PAGE 1 OF 1",
    ]
    assert f['reason'][58] == " " or f['reason'][57] == " ", f['reason'][50:66]
    css = """
body { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 10.2pt; }
pre { font: inherit; margin: 0; line-height: 1.42; }
"""
    body = f"""
<div class="sheet"><div class="inner" style="left:0.55in; right:0.4in; top:0.6in">
<pre>{chr(10).join(lines)}</pre>
</div></div>"""
    return dict(html=page("NE03", css, body), fields=f, pages=1,
                kind="practice_management_printout_dashed_sections_dotted_label_value_primary_care_to_dermatology",
                mode="standard",
                fax=dict(when="11/05/2026 14:30", name="NORTH COAST PC", number=f["referring_fax"],
                         to=CRO_FAX, fmt="b"))


# ====================================================================== NE04
def ne04():
    """Pennsylvania family practice referral letter: a few labeled lines at the top (Patient, DOB, Ins, Ref to),
    then a free-text note; dx codes inline; no urgency given; daughter's phone as a distractor."""
    f = {
        "patient_last_name": "Fitzpatrick",
        "patient_first_name": "Dolores",
        "patient_dob": "1949-09-14",
        "patient_phone": "8143336190",
        "insurance_payer": "Highmark Blue Shield",
        "insurance_member_id": "HMK904418722",
        "referring_provider": "Jonathan Adeyemi",
        "referring_npi": npi("181120457"),
        "referring_phone": "8143362040",
        "referring_fax": "8143362049",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Marcus Lindgren",
        "diagnosis_codes": ["M17.11", "M25.561"],
        "reason": "evaluation of her progressive right knee osteoarthritis and her candidacy for total knee arthroplasty",
        "urgency": "routine",
        "referral_date": "2026-10-28",
    }
    css = """
body { font-family: 'DejaVu Serif', 'Georgia', serif; font-size: 10.5pt; }
.lh { border-bottom:1px solid #000; padding-bottom:6px; display:flex; justify-content:space-between; }
.lh .n { font-size:14pt; font-weight:bold; }
.lh .r { text-align:right; font-size:9pt; line-height:1.4; }
.date { margin:18px 0 12px 0; }
table.top { margin-bottom:12px; }
table.top td { padding:1px 10px 1px 0; vertical-align:top; }
table.top td.l { font-weight:bold; width:0.8in; }
p { margin:0 0 10px 0; line-height:1.5; text-align:justify; }
.sig { margin-top:22px; line-height:1.45; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; }
"""
    body = f"""
<div class="sheet"><div class="inner" style="left:0.9in; right:0.9in">
<div class="lh"><div><div class="n">Allegheny Ridge Family Practice</div>
<div style="font-size:9pt">884 Park Avenue &middot; Meadville, PA 16335</div></div>
<div class="r">Tel {P(f['referring_phone'], 'dash')}<br>Fax {P(f['referring_fax'], 'dash')}</div></div>
<div class="date">{D(f['referral_date'], 'long')}</div>
<div>Central Referral Office<br>{CRO_NAME}<br>Erie, PA 16502 &nbsp;(fax {P(CRO_FAX, 'dash')})</div>
<br>
<table class="top">
<tr><td class="l">Patient:</td><td>Dolores Fitzpatrick</td></tr>
<tr><td class="l">DOB:</td><td>{D(f['patient_dob'], 'long')}</td></tr>
<tr><td class="l">Ins:</td><td>{f['insurance_payer']} &nbsp; ID# {f['insurance_member_id']}</td></tr>
<tr><td class="l">Ref to:</td><td>Orthopedics &ndash; Dr. Marcus Lindgren</td></tr>
</table>
<p>Dear Dr. Lindgren,</p>
<p>Thank you for seeing Mrs. Fitzpatrick, a pleasant 77-year-old retired school librarian whom I have followed for
many years. I would appreciate your {f['reason']}.</p>
<p>She has had right knee pain for roughly three years, now worse with stairs and limiting her walks to about one
block. Standing films on {D('2026-09-30', 'us')} show severe medial joint space narrowing with osteophytes.
She has had two corticosteroid injections (most recently in July) with diminishing benefit, a course of physical
therapy, and scheduled acetaminophen; she stopped naproxen because of dyspepsia.</p>
<p>Diagnoses: primary osteoarthritis, right knee (M17.11); pain in right knee (M25.561). Other history includes
hypertension, hypothyroidism and a remote left wrist fracture. She is a nonsmoker, BMI 29.</p>
<p>She can be reached at home at {P(f['patient_phone'], 'dash')}. Her daughter Kathleen
({P('8147245530', 'dash')}) usually drives her to appointments and would be a good second contact.</p>
<p>Recent office notes, the x-ray report and her medication list are enclosed. Please send your consultation
note to my office fax above.</p>
<div class="sig">Sincerely,<br><br><br>
Jonathan P. Adeyemi, MD<br>Allegheny Ridge Family Practice<br>NPI {f['referring_npi']}</div>
<div class="ft">Allegheny Ridge Family Practice &middot; Meadville &middot; Cambridge Springs</div>
</div></div>"""
    return dict(html=page("NE04", css, body), fields=f, pages=1,
                kind="free_text_letter_with_labeled_lines_at_top_family_practice_to_orthopedics",
                mode="fine", urgency_printed=False,
                fax=dict(when="Oct 28 2026 10:02AM", name="ALLEGHENY RIDGE FP", number=f["referring_fax"],
                         to=CRO_FAX, fmt="g"))


# ====================================================================== NE05
def ne05():
    """New York hospital resident clinic consult request: barcode strip, stuck-on patient label box (MRN, FIN,
    DOB with age), requesting attending vs resident, hospital main number, STAT priority."""
    f = {
        "patient_last_name": "Wojcik",
        "patient_first_name": "Stanley",
        "patient_dob": "1961-01-02",
        "patient_sex": "M",
        "patient_phone": "7168942276",
        "patient_mrn": "00731942",
        "insurance_payer": "Fidelis Care",
        "insurance_member_id": "FC20714853",
        "referring_provider": "Barbara Hale",
        "referring_npi": npi("152209836"),
        "referring_phone": "7168285120",
        "referring_fax": "7168285127",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Yelena Sokolova",
        "diagnosis_codes": ["R56.9", "R51.9"],
        "reason": "First unprovoked generalized seizure with persistent word-finding difficulty; CT head negative. "
                  "Needs EEG and neurology evaluation.",
        "urgency": "stat",
        "referral_date": "2026-11-03",
    }
    import random
    rng = random.Random("NE05-bars")
    bars = "".join(f'<span style="display:inline-block;height:0.42in;width:{rng.choice((1, 1, 2, 3))}px;'
                   f'margin-right:{rng.choice((1, 2, 2, 3))}px;background:#000"></span>' for _ in range(95))
    css = """
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-stretch:condensed; font-size: 10pt; }
.top { display:flex; justify-content:space-between; align-items:flex-start; }
.hosp .n { font-size:14pt; font-weight:bold; }
.hosp .s { font-size:9pt; line-height:1.35; }
.bc { text-align:center; font-size:8pt; }
.bc .bars { white-space:nowrap; line-height:0; }
.mid { display:flex; justify-content:space-between; margin-top:10px; }
h1 { font-size:14pt; margin:6px 0 0 0; }
.formno { font-size:8pt; }
.label { border:1.5px dashed #000; border-radius:6px; padding:6px 10px; width:3.3in; font-family:'Liberation Mono', monospace;
         font-size:10pt; line-height:1.35; }
table.g { width:100%; margin-top:12px; }
table.g td { border:1px solid #000; padding:4px 6px; vertical-align:top; }
table.g td .l { font-size:8pt; font-weight:bold; display:block; }
.sh { background:#d0d0d0; font-weight:bold; }
.pri span { margin-right:0.25in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    age = 65
    body = f"""
<div class="sheet"><div class="inner">
<div class="top"><div class="hosp"><div class="n">St. Casimir Hospital</div>
<div class="s">Internal Medicine Resident Clinic &middot; 1461 Broadway, Buffalo, NY 14212<br>
Hospital operator {P('7168280000', 'paren')} &middot; Clinic {P(f['referring_phone'], 'paren')} &middot; Clinic fax {P(f['referring_fax'], 'paren')}</div></div>
<div class="bc"><div class="bars">{bars}</div>*RQ0412277*</div></div>
<div class="mid"><div><h1>OUTPATIENT CONSULTATION REQUEST</h1>
<div class="formno">Form SCH-MR-118 (rev. 03/2024) &middot; Route to: {CRO_NAME} Central Referral Office, fax {P(CRO_FAX, 'dash')}</div></div>
</div>
<div style="display:flex; gap:0.25in; margin-top:10px; align-items:flex-start">
<div class="label">WOJCIK, STANLEY A<br>
MRN: {f['patient_mrn']} &nbsp; FIN: 26-118402<br>
DOB: {D(f['patient_dob'], 'cerner_uc')} {age}Y M<br>
ATT: HALE, BARBARA &nbsp; CLINIC IM-RES<br>
ADM: {D('2026-11-03', 'mmddyy')} &nbsp; OUTPT</div>
<div style="font-size:9pt; line-height:1.5">Place patient label here<br>or print: Name / MRN / DOB<br><br>
Date of request: <b>{D(f['referral_date'], 'us')}</b><br>Time: 13:40</div>
</div>
<table class="g">
<tr><td colspan="2" class="sh">PATIENT CONTACT &amp; COVERAGE</td></tr>
<tr><td><span class="l">Patient phone (best number)</span>{P(f['patient_phone'], 'paren')}</td>
<td><span class="l">Next of kin / phone</span>Irena Wojcik (sister) {P('7168941032', 'paren')}</td></tr>
<tr><td><span class="l">Insurance</span>{f['insurance_payer']}</td><td><span class="l">Subscriber / member #</span>{f['insurance_member_id']}</td></tr>
<tr><td colspan="2" class="sh">CONSULT REQUESTED</td></tr>
<tr><td><span class="l">Consulting service</span>Neurology</td><td><span class="l">Consultant (if known)</span>Yelena Sokolova, MD</td></tr>
<tr><td colspan="2" class="pri"><span class="l">Priority</span>
<span>{box(False)}Routine (4&ndash;6 wk)</span><span>{box(False)}Urgent (&lt; 1 wk)</span><span>{box(True)}STAT (24&ndash;48 h, call consultant)</span></td></tr>
<tr><td colspan="2"><span class="l">Diagnosis / ICD-10-CM</span>R56.9 Unspecified convulsions &nbsp;&nbsp;&nbsp; R51.9 Headache, unspecified</td></tr>
<tr><td colspan="2" style="height:1.0in"><span class="l">Question for consultant / reason</span>{esc(f['reason'])}
<br>ED visit {D('2026-11-01', 'mmddyy')}; started levetiracetam 500 mg BID. No driving counseling given.</td></tr>
<tr><td colspan="2" class="sh">REQUESTING PHYSICIAN</td></tr>
<tr><td><span class="l">Attending (print)</span>Barbara Hale, MD</td><td><span class="l">Attending NPI</span>{f['referring_npi']}</td></tr>
<tr><td><span class="l">Resident</span>Kofi Mensah, MD (PGY-2) &middot; pager 4417</td><td><span class="l">Signature</span>&nbsp;</td></tr>
</table>
<div class="ft"><span>White: chart &middot; Yellow: consultant &middot; Pink: patient</span><span>Printed {D('2026-11-03', 'us')} 13:52 by KMENSAH</span></div>
</div></div>"""
    return dict(html=page("NE05", css, body), fields=f, pages=1,
                kind="hospital_clinic_consult_form_barcode_strip_patient_label_box_resident_clinic_to_neurology",
                mode="standard",
                fax=dict(when="11-03-2026 13:58", name="ST CASIMIR IM CLINIC", number=f["referring_fax"],
                         to=CRO_FAX, fmt="h"))
