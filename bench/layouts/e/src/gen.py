#!/usr/bin/env python3
"""Generate NU01..NU10 HTML referral documents + truth JSON.

Each doc() returns dict(kind, pages, mode, html, fields, printed) where
`printed` maps each truth field to the exact string(s) printed in the doc
(used by verify.py against pdftotext output).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import BASE_CSS, npi, fmt_phone as P  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = {}


def reg(fn):
    DOCS[fn.__name__.upper()] = fn
    return fn


def page_footer(left, right):
    return f'<div class="footer"><span>{left}</span><span style="float:right">{right}</span></div>'


# ---------------------------------------------------------------------------
# NU01  Epic-style ambulatory referral + progress note (2 pages) -> cardiology
# ---------------------------------------------------------------------------
@reg
def nu01():
    ref_npi = npi("141782093")
    to_npi = npi("182046715")
    f = dict(
        patient_last_name="Kowalczyk", patient_first_name="Teresa",
        patient_dob="1961-03-09", patient_sex="F", patient_phone="2176932287",
        patient_mrn="10488236", insurance_payer="Blue Cross Blue Shield of Illinois",
        insurance_member_id="XOF918273645", referring_provider="Kathleen Brandt",
        referring_npi=ref_npi, referring_phone="2173846620", referring_fax="2173846695",
        referred_to_specialty="cardiology", referred_to_provider="Anand Vishwanath",
        diagnosis_codes=["I48.0", "R00.2"],
        reason="New paroxysmal atrial fibrillation on 48-hr Holter; evaluate for anticoagulation and rhythm vs. rate control",
        urgency="urgent", referral_date="2026-10-15",
    )
    pr = dict(
        patient_last_name="Kowalczyk", patient_first_name="Teresa", patient_dob="3/9/1961",
        patient_sex="Female", patient_phone="217-693-2287", patient_mrn="10488236",
        insurance_payer="Blue Cross Blue Shield of Illinois", insurance_member_id="XOF918273645",
        referring_provider="Brandt, Kathleen R, MD", referring_npi=ref_npi,
        referring_phone="217-384-6620", referring_fax="217-384-6695",
        referred_to_specialty="SVH CARDIOLOGY", referred_to_provider="Vishwanath, Anand, MD",
        diagnosis_codes=["I48.0", "R00.2"], reason=f["reason"], urgency="Urgent",
        referral_date="10/15/2026",
    )
    css = BASE_CSS + """
    body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
    .banner { border-bottom: 2px solid #000; padding-bottom: 4px; margin-bottom: 6px; }
    .banner .org { font-size: 13pt; font-weight: bold; }
    .pt { background: #ddd; border: 1px solid #000; padding: 4px 6px; margin-bottom: 8px; }
    .pt b { font-size: 11pt; }
    h2 { font-size: 10.5pt; background: #000; color: #fff; padding: 2px 5px; margin: 10px 0 4px; }
    table.kv td { padding: 2px 6px; vertical-align: top; }
    table.kv td.l { color: #000; width: 1.7in; font-weight: bold; }
    table.grid { width: 100%; }
    table.grid th, table.grid td { border: 1px solid #000; padding: 2px 4px; text-align: left; font-size: 9pt; }
    """
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="page">
 <div class="banner"><span class="org">Sangamon Valley Health</span> &nbsp; Ambulatory Referral
   <span style="float:right;font-size:8.5pt">Printed on 10/16/2026 8:42 AM by MRODRIGUEZ</span></div>
 <div class="pt"><b>Kowalczyk, Teresa M</b> &nbsp;&nbsp; MRN: 10488236 &nbsp;&nbsp; DOB: 3/9/1961 (65 y.o.) &nbsp;&nbsp; Sex: Female
   &nbsp;&nbsp; PCP: Brandt, Kathleen R, MD</div>
 <h2>Referral</h2>
 <table class="kv">
  <tr><td class="l">Referral ID</td><td>8830145</td><td class="l">Status</td><td>Pending Review</td></tr>
  <tr><td class="l">Entered Date</td><td>10/15/2026</td><td class="l">Expiration Date</td><td>04/15/2027</td></tr>
  <tr><td class="l">Referral Type</td><td>Consultation</td><td class="l">Priority</td><td>Urgent</td></tr>
  <tr><td class="l">Number of Visits</td><td>1</td><td class="l">Class</td><td>Internal</td></tr>
 </table>
 <h2>Referred By</h2>
 <table class="kv">
  <tr><td class="l">Provider</td><td>Brandt, Kathleen R, MD</td><td class="l">NPI</td><td>{ref_npi}</td></tr>
  <tr><td class="l">Department</td><td>SVH Chatham Family Medicine</td><td class="l"></td><td></td></tr>
  <tr><td class="l">Phone</td><td>217-384-6620</td><td class="l">Fax</td><td>217-384-6695</td></tr>
  <tr><td class="l">Address</td><td colspan="3">1150 N Main St, Chatham, IL 62629</td></tr>
 </table>
 <h2>Referred To</h2>
 <table class="kv">
  <tr><td class="l">Provider</td><td>Vishwanath, Anand, MD</td><td class="l">NPI</td><td>{to_npi}</td></tr>
  <tr><td class="l">Department</td><td>SVH CARDIOLOGY</td><td class="l">Specialty</td><td>Cardiology</td></tr>
  <tr><td class="l">Phone</td><td>217-367-4410</td><td class="l">Fax</td><td>217-367-4499</td></tr>
  <tr><td class="l">Address</td><td colspan="3">800 E Carpenter St, Suite 410, Springfield, IL 62769</td></tr>
 </table>
 <h2>Diagnoses</h2>
 <table class="grid">
  <tr><th style="width:1in">Code</th><th>Description</th><th style="width:0.9in">Primary</th></tr>
  <tr><td>I48.0</td><td>Paroxysmal atrial fibrillation</td><td>Yes</td></tr>
  <tr><td>R00.2</td><td>Palpitations</td><td></td></tr>
 </table>
 <h2>Reason for Referral</h2>
 <div style="padding:2px 6px">{f['reason']}</div>
 <h2>Coverage</h2>
 <table class="kv">
  <tr><td class="l">Payor</td><td>Blue Cross Blue Shield of Illinois</td><td class="l">Plan</td><td>BCBS IL PPO</td></tr>
  <tr><td class="l">Subscriber ID</td><td>XOF918273645</td><td class="l">Group Number</td><td>0B4471</td></tr>
  <tr><td class="l">Subscriber</td><td>Kowalczyk, Teresa M</td><td class="l">Relationship</td><td>Self</td></tr>
 </table>
 <h2>Patient Contact</h2>
 <table class="kv">
  <tr><td class="l">Home Phone</td><td>217-693-2287</td><td class="l">Address</td><td>42 Oakhurst Dr, Rochester, IL 62563</td></tr>
  <tr><td class="l">Emergency Contact</td><td>Kowalczyk, Walter (Spouse)</td><td class="l">EC Phone</td><td>217-840-3315</td></tr>
 </table>
 {page_footer("Kowalczyk, Teresa M (MRN 10488236) &middot; Sangamon Valley Health &middot; Main 217-384-6600", "Page 1 of 2")}
</div>
<div class="page">
 <div class="banner"><span class="org">Sangamon Valley Health</span> &nbsp; Progress Notes
   <span style="float:right;font-size:8.5pt">Printed on 10/16/2026 8:42 AM by MRODRIGUEZ</span></div>
 <div class="pt"><b>Kowalczyk, Teresa M</b> &nbsp;&nbsp; MRN: 10488236 &nbsp;&nbsp; DOB: 3/9/1961 (65 y.o.) &nbsp;&nbsp; Sex: Female</div>
 <p><b>Office Visit</b> &mdash; 10/13/2026 &mdash; SVH Chatham Family Medicine<br>Provider: Brandt, Kathleen R, MD (Family Medicine)</p>
 <p><b>Chief Complaint:</b> Follow-up Holter results; intermittent fluttering in chest.</p>
 <p><b>HPI:</b> 65 y.o. female with HTN and hyperlipidemia returns to review 48-hour Holter. Reports 3-4 episodes per week of
 rapid irregular heartbeat lasting 10-40 minutes, associated with mild lightheadedness. Denies syncope, chest pain or dyspnea.
 Holter (10/06/2026 - 10/08/2026) showed two runs of atrial fibrillation, longest 37 minutes, max ventricular rate 138.
 CHA2DS2-VASc = 3 (age, sex, HTN).</p>
 <p><b>Vitals:</b> BP 142/86 &nbsp; HR 78 (regular) &nbsp; SpO2 98% &nbsp; Wt 171 lb &nbsp; BMI 29.4</p>
 <p><b>Medications:</b> lisinopril 20 mg daily; atorvastatin 40 mg nightly; metoprolol succinate 25 mg daily (started 10/13/2026).</p>
 <p><b>Labs (10/06/2026):</b> TSH 1.82; Na 139; K 4.3; Cr 0.84; Hgb 13.1.</p>
 <p><b>Assessment/Plan:</b><br>
 1. Paroxysmal atrial fibrillation (I48.0) &mdash; start metoprolol; urgent cardiology referral for anticoagulation decision and rhythm strategy. Echo ordered.<br>
 2. Palpitations (R00.2) &mdash; as above.<br>
 3. Essential hypertension (I10) &mdash; above goal, recheck 4 weeks.</p>
 <p>Electronically signed by Kathleen R Brandt, MD on 10/13/2026 5:17 PM</p>
 {page_footer("Kowalczyk, Teresa M (MRN 10488236) &middot; Sangamon Valley Health &middot; Main 217-384-6600", "Page 2 of 2")}
</div></body></html>"""
    return dict(kind="ehr_epic_style_referral_plus_note", pages=2, mode="fine", html=html, fields=f, printed=pr)


# ---------------------------------------------------------------------------
# NU02  athena-style "Referral Order" printout -> gastroenterology (standard)
# ---------------------------------------------------------------------------
@reg
def nu02():
    ref_npi = npi("153920846")
    f = dict(
        patient_last_name="Whitfield", patient_first_name="Marcus",
        patient_dob="1974-11-28", patient_sex="M", patient_phone="4147205563",
        patient_mrn="0088213", insurance_payer="UnitedHealthcare",
        insurance_member_id="948216370", referring_provider="Yusuf Haddad",
        referring_npi=ref_npi, referring_phone="4149623380", referring_fax="4149623391",
        referred_to_specialty="gastroenterology", referred_to_provider="Priya Ramanathan",
        diagnosis_codes=["K21.9", "R13.10"],
        reason="Dysphagia to solids x 3 months with heartburn not controlled on omeprazole 40 mg BID. Please evaluate for EGD.",
        urgency="routine", referral_date="2026-10-27",
    )
    pr = dict(
        patient_last_name="Whitfield", patient_first_name="Marcus", patient_dob="11/28/1974",
        patient_sex="M", patient_phone="(414) 720-5563", patient_mrn="0088213",
        insurance_payer="UnitedHealthcare", insurance_member_id="948216370",
        referring_provider="Yusuf Haddad, MD", referring_npi=ref_npi,
        referring_phone="(414) 962-3380", referring_fax="(414) 962-3391",
        referred_to_specialty="gastroenterology", referred_to_provider="Priya Ramanathan, DO",
        diagnosis_codes=["K21.9", "R13.10"], reason=f["reason"], urgency="routine",
        referral_date="10/27/2026",
    )
    css = BASE_CSS + """
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
    .hdr { display:flex; justify-content:space-between; border-bottom:1px solid #000; padding-bottom:6px; }
    .title { font-size: 16pt; font-weight: bold; letter-spacing: 2px; }
    .cols { display:flex; gap: 14px; margin-top: 10px; }
    .box { flex:1; border:1px solid #000; padding:5px 7px; }
    .box .h { font-weight:bold; text-transform: lowercase; border-bottom:1px dotted #000; margin-bottom:3px; }
    .row { margin: 2px 0; }
    .lbl { color:#000; font-style: italic; }
    .sect { margin-top: 10px; border-top: 1px solid #000; padding-top: 4px; }
    .sect .h { font-weight:bold; text-transform: lowercase; }
    """
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="page">
 <div class="hdr">
   <div><div style="font-weight:bold;font-size:11pt">Lakeshore Family Medicine</div>
     2211 N Prospect Ave, Milwaukee, WI 53202<br>ph: (414) 962-3380 &nbsp; fax: (414) 962-3391</div>
   <div style="text-align:right"><div class="title">REFERRAL</div>order date: 10/27/2026<br>order id: 5530917</div>
 </div>
 <div class="cols">
  <div class="box"><div class="h">patient</div>
   <div class="row"><span class="lbl">name:</span> Marcus Whitfield</div>
   <div class="row"><span class="lbl">dob:</span> 11/28/1974 &nbsp; <span class="lbl">sex:</span> M</div>
   <div class="row"><span class="lbl">chart #:</span> 0088213</div>
   <div class="row"><span class="lbl">mobile:</span> (414) 720-5563</div>
   <div class="row"><span class="lbl">address:</span> 3318 S Howell Ave, Milwaukee, WI 53207</div>
   <div class="row"><span class="lbl">emergency contact:</span> Denise Whitfield, (414) 388-0472</div>
  </div>
  <div class="box"><div class="h">insurance</div>
   <div class="row"><span class="lbl">primary insurance:</span> UnitedHealthcare</div>
   <div class="row"><span class="lbl">plan:</span> Choice Plus</div>
   <div class="row"><span class="lbl">policy #:</span> 948216370</div>
   <div class="row"><span class="lbl">group #:</span> 705214</div>
   <div class="row"><span class="lbl">policy holder:</span> self</div>
   <div class="row"><span class="lbl">payer phone:</span> (877) 842-3210</div>
  </div>
 </div>
 <div class="cols">
  <div class="box"><div class="h">ordering provider</div>
   <div class="row">Yusuf Haddad, MD</div>
   <div class="row"><span class="lbl">npi:</span> {ref_npi}</div>
   <div class="row"><span class="lbl">ph:</span> (414) 962-3380 &nbsp; <span class="lbl">fax:</span> (414) 962-3391</div>
  </div>
  <div class="box"><div class="h">referral to</div>
   <div class="row">Priya Ramanathan, DO</div>
   <div class="row">Milwaukee Digestive Health Associates</div>
   <div class="row"><span class="lbl">specialty:</span> gastroenterology</div>
   <div class="row"><span class="lbl">ph:</span> (414) 271-6640 &nbsp; <span class="lbl">fax:</span> (414) 271-6659</div>
  </div>
 </div>
 <div class="sect"><div class="h">diagnoses</div>
   K21.9 &nbsp; Gastro-esophageal reflux disease without esophagitis<br>
   R13.10 &nbsp; Dysphagia, unspecified</div>
 <div class="sect"><div class="h">reason for referral</div>{f['reason']}</div>
 <div class="sect"><div class="h">details</div>
   <span class="lbl">urgency:</span> routine &nbsp;&nbsp; <span class="lbl">visits requested:</span> 1 &nbsp;&nbsp;
   <span class="lbl">send clinicals:</span> yes &nbsp;&nbsp; <span class="lbl">appointment requested by:</span> 12/11/2026</div>
 <div class="sect"><div class="h">note to receiving provider</div>
   Last colonoscopy 2021 (normal). Not on anticoagulants. Please fax consult note to (414) 962-3391.</div>
 <div class="sect" style="font-size:8pt">Electronically signed: Yusuf Haddad, MD 10/27/2026 03:14PM CDT</div>
 {page_footer("Whitfield, Marcus (id #88213, dob 11/28/1974) &middot; printed 10/28/2026 07:02AM", "Page 1 of 1")}
</div></body></html>"""
    return dict(kind="ehr_athena_style_referral_order", pages=1, mode="standard", html=html, fields=f, printed=pr)


# ---------------------------------------------------------------------------
# NU03  small practice paper form, typed in -> dermatology
# ---------------------------------------------------------------------------
@reg
def nu03():
    ref_npi = npi("129847301")
    f = dict(
        patient_last_name="Delgado-Harmon", patient_first_name="Rosalind",
        patient_dob="1958-07-14", patient_sex="F", patient_phone="5207814429",
        insurance_payer="Aetna", insurance_member_id="W284913577",
        referring_provider="Gerald Pfister", referring_npi=ref_npi,
        referring_phone="5203259180", referring_fax="5203259188",
        referred_to_specialty="dermatology", referred_to_provider="Helen Castellano",
        diagnosis_codes=["D48.5", "L57.0"],
        reason="Enlarging pigmented lesion L upper back, irregular borders, pt reports change in color. R/O melanoma. Also multiple AKs on scalp.",
        urgency="urgent", referral_date="2026-10-20",
    )
    pr = dict(
        patient_last_name="Delgado-Harmon", patient_first_name="Rosalind", patient_dob="07/14/1958",
        patient_sex="F", patient_phone="520-781-4429",
        insurance_payer="Aetna", insurance_member_id="W284913577",
        referring_provider="Gerald W. Pfister, DO", referring_npi=ref_npi,
        referring_phone="520-325-9180", referring_fax="520-325-9188",
        referred_to_specialty="Dermatology", referred_to_provider="Helen Castellano, MD",
        diagnosis_codes=["D48.5", "L57.0"], reason=f["reason"], urgency="[X] Urgent",
        referral_date="10/20/26",
    )
    css = BASE_CSS + """
    body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; }
    .typed { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 10pt; }
    h1 { text-align:center; font-size: 15pt; margin: 4px 0 0; }
    .sub { text-align:center; font-size: 9.5pt; margin-bottom: 8px; }
    table.f { width:100%; }
    table.f td { border: 1px solid #000; padding: 3px 5px 5px; vertical-align: top; height: 0.42in; }
    .cap { font-size: 7.5pt; text-transform: uppercase; display:block; }
    .sec { background:#000; color:#fff; font-weight:bold; font-size:9pt; padding:2px 5px; margin-top:8px; }
    """
    T = lambda s: f'<span class="typed">{s}</span>'  # noqa: E731
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="page">
 <h1>SAGUARO FAMILY PRACTICE</h1>
 <div class="sub">4701 E. Grant Rd., Tucson, AZ 85712 &nbsp;&bull;&nbsp; Office 520-325-9180 &nbsp;&bull;&nbsp; Fax 520-325-9188</div>
 <h1 style="font-size:13pt;border-top:2px solid #000;border-bottom:2px solid #000;padding:3px">PATIENT REFERRAL FORM</h1>
 <table class="f" style="margin-top:6px">
  <tr><td style="width:33%"><span class="cap">Date of Request</span>{T('10/20/26')}</td>
      <td><span class="cap">Priority (check one)</span>{T('[ ] Routine &nbsp; [X] Urgent &nbsp; [ ] Emergent')}</td></tr>
 </table>
 <div class="sec">PATIENT INFORMATION</div>
 <table class="f">
  <tr><td style="width:40%"><span class="cap">Last Name</span>{T('Delgado-Harmon')}</td>
      <td style="width:35%"><span class="cap">First Name</span>{T('Rosalind')}</td>
      <td><span class="cap">M.I.</span>{T('J')}</td></tr>
  <tr><td><span class="cap">Birthdate</span>{T('07/14/1958')}</td>
      <td><span class="cap">Sex (M / F)</span>{T('F')}</td>
      <td><span class="cap">Phone (Home/Cell)</span>{T('520-781-4429')}</td></tr>
  <tr><td colspan="2"><span class="cap">Address</span>{T('9120 E. Speedway Blvd Apt 14, Tucson AZ 85710')}</td>
      <td><span class="cap">Emergency Contact Ph.</span>{T('520-886-2047')}</td></tr>
  <tr><td><span class="cap">Insurance Co.</span>{T('Aetna')}</td>
      <td><span class="cap">ID #</span>{T('W284913577')}</td>
      <td><span class="cap">Group #</span>{T('0866412-010-00002')}</td></tr>
 </table>
 <div class="sec">REFERRING PHYSICIAN</div>
 <table class="f">
  <tr><td style="width:40%"><span class="cap">Physician Name</span>{T('Gerald W. Pfister, DO')}</td>
      <td colspan="2"><span class="cap">NPI #</span>{T(ref_npi)}</td></tr>
  <tr><td><span class="cap">Office Phone</span>{T('520-325-9180')}</td>
      <td colspan="2"><span class="cap">Office Fax</span>{T('520-325-9188')}</td></tr>
 </table>
 <div class="sec">REFERRED TO</div>
 <table class="f">
  <tr><td style="width:40%"><span class="cap">Specialist Name</span>{T('Helen Castellano, MD')}</td>
      <td><span class="cap">Specialty</span>{T('Dermatology')}</td></tr>
  <tr><td><span class="cap">Practice</span>{T('Catalina Skin &amp; Mohs Surgery')}</td>
      <td><span class="cap">Phone / Fax</span>{T('520-297-3300 / 520-297-3318')}</td></tr>
 </table>
 <div class="sec">CLINICAL INFORMATION</div>
 <table class="f">
  <tr><td style="width:40%"><span class="cap">Diagnosis / ICD-10 Code(s)</span>{T('D48.5 &nbsp; L57.0')}</td>
      <td><span class="cap"># Visits Authorized</span>{T('1 consult + procedure')}</td></tr>
  <tr><td colspan="2" style="height:0.9in"><span class="cap">Reason for Referral</span>{T(f['reason'])}</td></tr>
  <tr><td colspan="2"><span class="cap">Records Enclosed</span>{T('[X] Office note &nbsp; [ ] Labs &nbsp; [ ] Imaging &nbsp; [X] Photo')}</td></tr>
 </table>
 <table class="f" style="margin-top:10px">
  <tr><td style="width:60%"><span class="cap">Physician Signature</span><i>G. Pfister</i></td>
      <td><span class="cap">Date</span>{T('10/20/26')}</td></tr>
 </table>
 <div class="footer" style="text-align:center">Form REF-01 rev. 03/2019 &nbsp;&middot;&nbsp; Please call 520-325-9180 with appointment date/time.</div>
</div></body></html>"""
    return dict(kind="small_practice_typed_paper_form", pages=1, mode="fine", html=html, fields=f, printed=pr)


# ---------------------------------------------------------------------------
# NU04  physician letter -> neurology
# ---------------------------------------------------------------------------
@reg
def nu04():
    ref_npi = npi("116392054")
    f = dict(
        patient_last_name="Okafor", patient_first_name="Desmond",
        patient_dob="1979-05-22", patient_sex="M", patient_phone="7573906614",
        insurance_payer="Anthem HealthKeepers", insurance_member_id="YRK442918306",
        referring_provider="Lorraine Whitby", referring_npi=ref_npi,
        referring_phone="7574812290", referring_fax="7574812297",
        referred_to_specialty="neurology", referred_to_provider="Jonathan Ebersole",
        diagnosis_codes=["G43.109", "R20.2"],
        reason="Worsening migraine with aura, now 8-10 headache days per month despite topiramate",
        urgency="routine", referral_date="2026-11-03",
    )
    pr = dict(
        patient_last_name="Okafor", patient_first_name="Desmond", patient_dob="May 22, 1979",
        patient_sex="Male", patient_phone="(757) 390-6614",
        insurance_payer="Anthem HealthKeepers", insurance_member_id="YRK442918306",
        referring_provider="Lorraine T. Whitby, MD", referring_npi=ref_npi,
        referring_phone="(757) 481-2290", referring_fax="(757) 481-2297",
        referred_to_specialty="Neurology", referred_to_provider="Jonathan Ebersole, MD",
        diagnosis_codes=["G43.109", "R20.2"], reason=f["reason"], urgency="routine",
        referral_date="November 3, 2026",
    )
    css = BASE_CSS + """
    body { font-family: 'P052', 'Palatino Linotype', serif; font-size: 11pt; line-height: 1.35; }
    .lh { text-align:center; border-bottom: 3px double #000; padding-bottom: 6px; }
    .lh .n { font-size: 17pt; letter-spacing: 1px; }
    .lh .a { font-size: 9.5pt; }
    .re { margin: 12px 0; padding-left: 0.3in; }
    .re td { padding: 0 10px 0 0; vertical-align: top; }
    """
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="page">
 <div class="lh"><div class="n">HARBOR POINT INTERNAL MEDICINE</div>
  <div class="a">1420 Bayview Avenue, Suite 200 &middot; Norfolk, Virginia 23503<br>
  Tel (757) 481-2290 &middot; Fax (757) 481-2297 &middot; harborpointim.example.com</div></div>
 <p style="margin-top:18px">November 3, 2026</p>
 <p>Jonathan Ebersole, MD<br>Tidewater Neurology Associates<br>6160 Kempsville Circle, Suite 300A<br>
 Norfolk, VA 23502<br>Via fax: (757) 622-8140</p>
 <table class="re">
  <tr><td><b>RE:</b></td><td>Desmond Okafor</td></tr>
  <tr><td></td><td>Date of birth: May 22, 1979 &nbsp;&middot;&nbsp; Sex: Male</td></tr>
  <tr><td></td><td>Phone: (757) 390-6614</td></tr>
  <tr><td></td><td>Insurance: Anthem HealthKeepers, ID YRK442918306, Group 174402M011</td></tr>
  <tr><td></td><td>Diagnoses: G43.109, R20.2</td></tr>
  <tr><td></td><td>Reason for referral: Worsening migraine with aura, now 8-10 headache days per month despite topiramate</td></tr>
 </table>
 <p>Dear Dr. Ebersole,</p>
 <p>Thank you for seeing Mr. Okafor, a 47-year-old gentleman whom I am referring to Neurology for
 <b>worsening migraine with aura, now 8-10 headache days per month despite topiramate</b>.
 This is a routine referral; he has no red-flag features on my examination.</p>
 <p>He has had migraine with visual aura since his twenties, historically 1-2 per month. Since the spring the frequency has
 increased, and two attacks this autumn were preceded by tingling of the right hand and perioral area lasting about
 twenty minutes (R20.2) that resolved completely. Neurologic examination in my office on October 29, 2026 was normal.
 MRI brain without contrast (October 30, 2026) was unremarkable. He is on topiramate 50 mg twice daily (since July),
 which he tolerates, and uses sumatriptan 100 mg roughly 6 times per month. He is a non-smoker; BP 128/78.</p>
 <p>I would value your opinion regarding preventive options, including CGRP-directed therapy, and whether the sensory aura
 warrants further work-up. Please send your consultation note to my fax at (757) 481-2297.</p>
 <p>Sincerely,</p>
 <p style="margin-top:28px">Lorraine T. Whitby, MD<br>Internal Medicine &middot; NPI {ref_npi}<br>Direct line (757) 481-2290</p>
 <p style="font-size:9pt">Enclosures: office note 10/29/2026, MRI report &nbsp;&nbsp; cc: patient chart</p>
 {page_footer("Harbor Point Internal Medicine &middot; Confidential patient information", "1/1")}
</div></body></html>"""
    return dict(kind="physician_referral_letter", pages=1, mode="fine", html=html, fields=f, printed=pr)


# ---------------------------------------------------------------------------
# NU05  hospital system referral form + lab report (2p) -> orthopedics (standard)
# ---------------------------------------------------------------------------
@reg
def nu05():
    ref_npi = npi("204718365")
    to_npi = npi("133059172")
    f = dict(
        patient_last_name="Brannigan", patient_first_name="Louise",
        patient_dob="1956-02-11", patient_sex="F", patient_phone="4125708831",
        patient_mrn="MR00731946", insurance_payer="Highmark Blue Shield",
        insurance_member_id="HKZ63018274901", referring_provider="Victor Lindqvist",
        referring_npi=ref_npi, referring_phone="4123589020", referring_fax="4123589047",
        referred_to_specialty="orthopedics", referred_to_provider="Colin Brennan",
        diagnosis_codes=["M17.11", "M25.561"],
        reason="Right knee primary osteoarthritis, failed 6 months PT, NSAIDs and 2 steroid injections; evaluate for total knee arthroplasty",
        urgency="routine", referral_date="2026-11-09",
    )
    pr = dict(
        patient_last_name="BRANNIGAN", patient_first_name="LOUISE", patient_dob="02/11/1956",
        patient_sex="Female", patient_phone="412-570-8831", patient_mrn="MR00731946",
        insurance_payer="Highmark Blue Shield", insurance_member_id="HKZ63018274901",
        referring_provider="Victor Lindqvist, MD", referring_npi=ref_npi,
        referring_phone="412-358-9020", referring_fax="412-358-9047",
        referred_to_specialty="Orthopaedic Surgery", referred_to_provider="Colin Brennan, MD",
        diagnosis_codes=["M17.11", "M25.561"], reason=f["reason"], urgency="Routine",
        referral_date="11/09/2026",
    )
    # names printed in caps consistently on both pages
    f["patient_last_name"], f["patient_first_name"] = "BRANNIGAN", "LOUISE"
    css = BASE_CSS + """
    body { font-family: 'Nimbus Sans', Arial, sans-serif; font-size: 9.5pt; }
    .top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom: 3px solid #000; padding-bottom: 4px; }
    .logo { font-size: 18pt; font-weight: bold; font-family: 'URW Gothic', sans-serif; }
    table.s { width:100%; margin-top: 6px; }
    table.s td { border:1px solid #000; padding: 2px 5px; vertical-align: top; }
    table.s td.h { background:#000; color:#fff; font-weight:bold; }
    .lb { font-size: 7.5pt; font-weight: bold; display:block; }
    table.lab { width:100%; margin-top:6px; }
    table.lab th { border-bottom: 1px solid #000; text-align:left; padding:2px; }
    table.lab td { padding:2px; }
    """
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="page">
 <div class="top"><div><span class="logo">MERCY RIDGE</span> <span style="font-size:11pt">Health System</span><br>
   Outpatient Referral Request &mdash; Specialty Services</div>
   <div style="text-align:right;font-size:8.5pt">Central Scheduling: 800-447-2610<br>Referral Center Fax: 412-358-1100<br>Form MRHS-REF-22 (06/2024)</div></div>
 <table class="s">
  <tr><td class="h" colspan="4">SECTION A &mdash; PATIENT INFORMATION</td></tr>
  <tr><td><span class="lb">Legal Last Name</span>BRANNIGAN</td><td><span class="lb">Legal First Name</span>LOUISE</td>
      <td><span class="lb">Date of Birth (mm/dd/yyyy)</span>02/11/1956</td><td><span class="lb">Sex</span>Female</td></tr>
  <tr><td><span class="lb">Health System MRN</span>MR00731946</td><td><span class="lb">Primary Phone</span>412-570-8831</td>
      <td colspan="2"><span class="lb">Emergency Contact / Phone</span>Patrick Brannigan (son) 724-933-5180</td></tr>
  <tr><td colspan="4"><span class="lb">Address</span>88 Greentree Rd, Apt 3B, Pittsburgh, PA 15220</td></tr>
  <tr><td class="h" colspan="4">SECTION B &mdash; COVERAGE</td></tr>
  <tr><td><span class="lb">Payer</span>Highmark Blue Shield</td><td><span class="lb">Subscriber / Member ID</span>HKZ63018274901</td>
      <td><span class="lb">Group No.</span>10472209</td><td><span class="lb">Auth Required?</span>No</td></tr>
  <tr><td class="h" colspan="4">SECTION C &mdash; REFERRING CLINICIAN</td></tr>
  <tr><td><span class="lb">Name</span>Victor Lindqvist, MD</td><td><span class="lb">NPI</span>{ref_npi}</td>
      <td><span class="lb">Clinic Phone</span>412-358-9020</td><td><span class="lb">Clinic Fax</span>412-358-9047</td></tr>
  <tr><td colspan="4"><span class="lb">Clinic</span>Mercy Ridge Primary Care &ndash; Green Tree, 1000 Greentree Commons, Pittsburgh, PA 15220</td></tr>
  <tr><td class="h" colspan="4">SECTION D &mdash; SERVICE REQUESTED</td></tr>
  <tr><td><span class="lb">Specialty / Service</span>Orthopaedic Surgery</td><td><span class="lb">Requested Provider</span>Colin Brennan, MD</td>
      <td><span class="lb">Provider NPI</span>{to_npi}</td><td><span class="lb">Priority</span>Routine</td></tr>
  <tr><td colspan="2"><span class="lb">Location</span>Mercy Ridge Bone &amp; Joint Institute, 412-358-7700</td>
      <td colspan="2"><span class="lb">Date of Request</span>11/09/2026</td></tr>
  <tr><td colspan="4"><span class="lb">ICD-10-CM Diagnosis Code(s)</span>M17.11 &ndash; Unilateral primary osteoarthritis, right knee; &nbsp; M25.561 &ndash; Pain in right knee</td></tr>
  <tr><td colspan="4" style="height:0.7in"><span class="lb">Clinical Reason for Referral</span>{f['reason']}</td></tr>
  <tr><td colspan="4"><span class="lb">Attachments</span>[X] Last office note &nbsp; [X] Labs &nbsp; [X] X-ray report (bilateral standing knees 10/28/2026)</td></tr>
  <tr><td colspan="2"><span class="lb">Signature</span><i>V. Lindqvist</i></td><td colspan="2"><span class="lb">Date/Time</span>11/09/2026 11:26</td></tr>
 </table>
 <p style="font-size:8pt">Priority definitions: Routine = scheduled within 30 days; Urgent = within 72 hours; STAT = same day (call 800-447-2610).</p>
 {page_footer("Mercy Ridge Health System &middot; CONFIDENTIAL", "Page 1 of 2")}
</div>
<div class="page">
 <div class="top"><div><span class="logo">MERCY RIDGE</span> <span style="font-size:11pt">Laboratory Services</span><br>
   Cumulative Results Report</div><div style="text-align:right;font-size:8.5pt">Lab Client Services 412-358-6200<br>CLIA 39D0871542</div></div>
 <table class="s">
  <tr><td><span class="lb">Patient</span>BRANNIGAN, LOUISE</td><td><span class="lb">DOB</span>02/11/1956</td><td><span class="lb">Sex</span>F</td><td><span class="lb">MRN</span>MR00731946</td></tr>
  <tr><td><span class="lb">Ordering</span>LINDQVIST, VICTOR</td><td><span class="lb">Collected</span>11/06/2026 08:15</td><td><span class="lb">Received</span>11/06/2026 09:02</td><td><span class="lb">Reported</span>11/06/2026 13:40</td></tr>
 </table>
 <table class="lab">
  <tr><th>Test</th><th>Result</th><th>Flag</th><th>Units</th><th>Reference Range</th></tr>
  <tr><td>WBC</td><td>6.8</td><td></td><td>K/uL</td><td>4.0-10.5</td></tr>
  <tr><td>Hemoglobin</td><td>12.4</td><td></td><td>g/dL</td><td>11.5-15.5</td></tr>
  <tr><td>Platelets</td><td>261</td><td></td><td>K/uL</td><td>150-400</td></tr>
  <tr><td>Sed Rate (ESR)</td><td>24</td><td></td><td>mm/hr</td><td>0-30</td></tr>
  <tr><td>C-Reactive Protein</td><td>0.6</td><td></td><td>mg/dL</td><td>&lt;0.9</td></tr>
  <tr><td>Uric Acid</td><td>5.1</td><td></td><td>mg/dL</td><td>2.5-7.0</td></tr>
  <tr><td>Hemoglobin A1c</td><td>6.1</td><td>H</td><td>%</td><td>4.0-5.6</td></tr>
  <tr><td>Creatinine</td><td>0.92</td><td></td><td>mg/dL</td><td>0.57-1.00</td></tr>
  <tr><td>eGFR</td><td>66</td><td></td><td>mL/min/1.73m2</td><td>&gt;59</td></tr>
 </table>
 <p style="font-size:8.5pt">Performed at Mercy Ridge Central Laboratory, 4200 Fifth Ave, Pittsburgh, PA 15213. Medical Director: R. Chaudhry, MD.</p>
 {page_footer("BRANNIGAN, LOUISE &middot; MRN MR00731946 &middot; Printed 11/09/2026", "Page 2 of 2")}
</div></body></html>"""
    pr["patient_last_name"], pr["patient_first_name"] = "BRANNIGAN", "LOUISE"
    return dict(kind="hospital_system_form_plus_lab", pages=2, mode="standard", html=html, fields=f, printed=pr)


# ---------------------------------------------------------------------------
# NU06  health plan specialist referral / authorization form -> pulmonology
# ---------------------------------------------------------------------------
@reg
def nu06():
    ref_npi = npi("175520938")
    to_npi = npi("160843217")
    f = dict(
        patient_last_name="Thibodeaux", patient_first_name="Russell",
        patient_dob="1968-09-17", patient_sex="M", patient_phone="3374612085",
        insurance_payer="Prairie Harvest Health Plan", insurance_member_id="PHH0047719203",
        referring_provider="Amelia Fontenot", referring_npi=ref_npi,
        referring_phone="3372314470", referring_fax="3372314478",
        referred_to_specialty="pulmonology", referred_to_provider="Rajesh Kulkarni",
        diagnosis_codes=["J45.40", "R06.02", "G47.33"],
        reason="Moderate persistent asthma with 2 prednisone bursts this year; dyspnea on exertion, loud snoring and witnessed apneas - PFTs and sleep evaluation",
        urgency="routine", referral_date="2026-11-12",
    )
    pr = dict(
        patient_last_name="Thibodeaux", patient_first_name="Russell", patient_dob="1968-09-17",
        patient_sex="[X] Male", patient_phone="337-461-2085",
        insurance_payer="Prairie Harvest Health Plan", insurance_member_id="PHH0047719203",
        referring_provider="Amelia Fontenot, MD", referring_npi=ref_npi,
        referring_phone="337-231-4470", referring_fax="337-231-4478",
        referred_to_specialty="Pulmonary Disease", referred_to_provider="Rajesh Kulkarni, MD",
        diagnosis_codes=["J45.40", "R06.02", "G47.33"], reason=f["reason"], urgency="[X] Standard",
        referral_date="2026-11-12",
    )
    css = BASE_CSS + """
    body { font-family: 'Liberation Sans Narrow', 'Arial Narrow', sans-serif; font-size: 10pt; }
    .hd { display:flex; justify-content:space-between; }
    .plan { font-size: 18pt; font-weight: bold; font-family: 'URW Bookman', serif; }
    .ttl { text-align:center; font-size: 13pt; font-weight:bold; border:2px solid #000; padding:3px; margin: 6px 0; }
    .inst { font-size: 8.5pt; border: 1px dashed #000; padding: 4px; }
    table.g { width:100%; margin-top:5px; }
    table.g td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
    table.g td.k { width: 1.45in; font-weight:bold; font-size:9pt; background:#e6e6e6; }
    .part { font-weight:bold; margin-top:7px; font-size:10.5pt; text-decoration: underline; }
    """
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="page">
 <div class="hd"><div class="plan">Prairie Harvest<br><span style="font-size:11pt">HEALTH PLAN</span></div>
  <div style="text-align:right;font-size:9pt">Utilization Management<br>Phone: 888-402-7700 &nbsp; Fax: 888-402-7716<br>P.O. Box 61340, Lafayette, LA 70596</div></div>
 <div class="ttl">SPECIALIST REFERRAL / PRIOR AUTHORIZATION REQUEST</div>
 <div class="inst">Complete all fields. Incomplete requests will be returned. Standard requests are decided within 14 calendar days;
 expedited requests (serious jeopardy to life or health) within 72 hours. Fax completed form to 888-402-7716.</div>
 <div class="part">Part 1. Member Information</div>
 <table class="g">
  <tr><td class="k">Member Last Name</td><td>Thibodeaux</td><td class="k">Member First Name</td><td>Russell</td></tr>
  <tr><td class="k">Member ID</td><td>PHH0047719203</td><td class="k">Member DOB</td><td>1968-09-17</td></tr>
  <tr><td class="k">Gender</td><td>[X] Male &nbsp; [ ] Female</td><td class="k">Member Phone</td><td>337-461-2085</td></tr>
  <tr><td class="k">Group Number</td><td>LA-EMP-22817</td><td class="k">Product</td><td>Commercial HMO</td></tr>
 </table>
 <div class="part">Part 2. Requesting Provider (PCP)</div>
 <table class="g">
  <tr><td class="k">PCP Name</td><td>Amelia Fontenot, MD</td><td class="k">PCP NPI</td><td>{ref_npi}</td></tr>
  <tr><td class="k">Practice</td><td>Acadiana Primary Care Partners</td><td class="k">Tax ID</td><td>72-1480336</td></tr>
  <tr><td class="k">PCP Phone</td><td>337-231-4470</td><td class="k">PCP Fax</td><td>337-231-4478</td></tr>
  <tr><td class="k">Contact Person</td><td>Monique (referral coordinator)</td><td class="k">Date Submitted</td><td>2026-11-12</td></tr>
 </table>
 <div class="part">Part 3. Servicing Provider (Specialist)</div>
 <table class="g">
  <tr><td class="k">Specialist Name</td><td>Rajesh Kulkarni, MD</td><td class="k">Specialist NPI</td><td>{to_npi}</td></tr>
  <tr><td class="k">Specialty</td><td>Pulmonary Disease</td><td class="k">Facility</td><td>Bayou Lung &amp; Sleep Center</td></tr>
  <tr><td class="k">Specialist Phone</td><td>337-989-5620</td><td class="k">Specialist Fax</td><td>337-989-5631</td></tr>
 </table>
 <div class="part">Part 4. Service Request</div>
 <table class="g">
  <tr><td class="k">Request Type</td><td>[X] Standard &nbsp; [ ] Expedited</td><td class="k">Visits Requested</td><td>3</td></tr>
  <tr><td class="k">Diagnosis Code(s)</td><td colspan="3">J45.40 &nbsp; R06.02 &nbsp; G47.33</td></tr>
  <tr><td class="k">Services (CPT)</td><td colspan="3">99204 new patient consult; 94729 DLCO; 94060 spirometry pre/post</td></tr>
  <tr><td class="k">Clinical Information / Reason</td><td colspan="3" style="height:0.6in">{f['reason']}</td></tr>
  <tr><td class="k">Requested Start</td><td>2026-11-16</td><td class="k">Requested End</td><td>2027-05-16</td></tr>
 </table>
 <div class="part">Plan Use Only</div>
 <table class="g"><tr><td class="k">Authorization #</td><td>&nbsp;</td><td class="k">Decision</td><td>[ ] Approved [ ] Denied [ ] Pended</td></tr></table>
 {page_footer("PHHP-UM-104 (Rev. 01/2026) &middot; Prairie Harvest Health Plan Member Services 1-888-402-7600", "Page 1 of 1")}
</div></body></html>"""
    return dict(kind="health_plan_referral_auth_form", pages=1, mode="fine", html=html, fields=f, printed=pr)


# ---------------------------------------------------------------------------
# NU07  rural clinic simple form -> physical therapy (standard)
# ---------------------------------------------------------------------------
@reg
def nu07():
    ref_npi = npi("197260418")
    f = dict(
        patient_last_name="Ostrander", patient_first_name="Carl",
        patient_dob="1949-08-03", patient_sex="M", patient_phone="3075482961",
        insurance_payer="Medicare", insurance_member_id="4TW7HJ2KN58",
        referring_provider="Dale Huckaby", referring_npi=ref_npi,
        referring_phone="3075482230", referring_fax="3075482236",
        referred_to_specialty="physical_therapy",
        diagnosis_codes=["M54.50", "M62.81", "R26.81"],
        reason="Chronic low back pain and generalized weakness after fall in September. Unsteady gait. Evaluate and treat - strengthening, balance and gait training.",
        urgency="routine", referral_date="2026-10-29",
    )
    pr = dict(
        patient_last_name="Ostrander", patient_first_name="Carl", patient_dob="Aug 3, 1949",
        patient_sex="M", patient_phone="307-548-2961",
        insurance_payer="Medicare", insurance_member_id="4TW7HJ2KN58",
        referring_provider="Dale Huckaby, PA-C", referring_npi=ref_npi,
        referring_phone="307-548-2230", referring_fax="307-548-2236",
        referred_to_specialty="Physical Therapy",
        diagnosis_codes=["M54.50", "M62.81", "R26.81"], reason=f["reason"], urgency="Routine",
        referral_date="Oct 29, 2026",
    )
    css = BASE_CSS + """
    body { font-family: 'DejaVu Serif', serif; font-size: 11pt; }
    h1 { font-size: 14pt; text-align:center; margin: 0; }
    .c { text-align:center; font-size: 10pt; }
    .line { border-bottom: 1px solid #000; padding: 7px 0 2px; }
    .line b { display:inline-block; min-width: 1.6in; }
    """
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="page">
 <h1>Big Horn Valley Community Clinic</h1>
 <div class="c">315 E. Main St. &middot; Lovell, WY 82431 &middot; ph 307-548-2230 &middot; fax 307-548-2236</div>
 <h1 style="margin-top:14px;font-size:13pt">REFERRAL</h1>
 <div class="line"><b>Date:</b> Oct 29, 2026 &nbsp;&nbsp;&nbsp;&nbsp; <b style="min-width:0">Urgency:</b> Routine</div>
 <div class="line"><b>Refer to:</b> Physical Therapy &mdash; Shoshone River Rehab, Powell WY (ph 307-754-6610, fax 307-754-6622)</div>
 <div class="line"><b>Patient:</b> Ostrander, Carl</div>
 <div class="line"><b>Birthdate:</b> Aug 3, 1949 &nbsp;&nbsp;&nbsp; <b style="min-width:0">Sex:</b> M &nbsp;&nbsp;&nbsp; <b style="min-width:0">Phone:</b> 307-548-2961</div>
 <div class="line"><b>Insurance:</b> Medicare &nbsp;&nbsp; <b style="min-width:0">Medicare #:</b> 4TW7HJ2KN58</div>
 <div class="line"><b>Secondary:</b> none &nbsp;&nbsp;&nbsp; <b style="min-width:0">Next of kin:</b> June Ostrander (wife) 307-272-0384</div>
 <div class="line"><b>Diagnosis:</b> M54.50 low back pain; M62.81 muscle weakness (generalized); R26.81 unsteadiness on feet</div>
 <div class="line" style="min-height:0.8in"><b>Reason:</b> {f['reason']}</div>
 <div class="line"><b>Orders:</b> PT eval &amp; treat, 2-3x/week x 6 weeks. Home exercise program. Fall precautions.</div>
 <div class="line"><b>Precautions:</b> On warfarin. Hx R hip replacement 2019.</div>
 <div class="line"><b>Provider:</b> Dale Huckaby, PA-C &nbsp;&nbsp;&nbsp; <b style="min-width:0">NPI:</b> {ref_npi}</div>
 <div class="line"><b>Signature:</b> <i>D. Huckaby</i> &nbsp;&nbsp;&nbsp; <b style="min-width:0">Supervising MD:</b> on file</div>
 <p style="font-size:9.5pt;margin-top:16px">Please send plan of care for signature to fax 307-548-2236. Questions call 307-548-2230 (ask for Tammy).</p>
 {page_footer("BHVCC form 7 &middot; a Rural Health Clinic", "")}
</div></body></html>"""
    return dict(kind="rural_clinic_simple_form_pt", pages=1, mode="standard", html=html, fields=f, printed=pr)


# ---------------------------------------------------------------------------
# NU08  eCW-style outgoing referral -> podiatry
# ---------------------------------------------------------------------------
@reg
def nu08():
    ref_npi = npi("108834572")
    f = dict(
        patient_last_name="Hollis", patient_first_name="Beatrice",
        patient_dob="1952-04-30", patient_sex="F", patient_phone="9043827715",
        patient_mrn="HOBE000412", insurance_payer="Humana Gold Plus HMO",
        insurance_member_id="H71293884", referring_provider="Terrence Mbeki",
        referring_npi=ref_npi, referring_phone="9047331408", referring_fax="9047331419",
        referred_to_specialty="podiatry", referred_to_provider="Natalie Szabo",
        diagnosis_codes=["E11.621", "L97.412", "E11.42"],
        reason="Non-healing ulcer R heel x 5 weeks in type 2 diabetic with neuropathy; debridement and offloading",
        urgency="urgent", referral_date="2026-10-22",
    )
    pr = dict(
        patient_last_name="Hollis", patient_first_name="Beatrice", patient_dob="Apr 30, 1952",
        patient_sex="F", patient_phone="904.382.7715", patient_mrn="HOBE000412",
        insurance_payer="Humana Gold Plus HMO", insurance_member_id="H71293884",
        referring_provider="Mbeki, Terrence", referring_npi=ref_npi,
        referring_phone="904.733.1408", referring_fax="904.733.1419",
        referred_to_specialty="Podiatry", referred_to_provider="Szabo, Natalie",
        diagnosis_codes=["E11.621", "L97.412", "E11.42"], reason=f["reason"], urgency="Urgent",
        referral_date="Oct 22, 2026",
    )
    css = BASE_CSS + """
    body { font-family: 'Noto Sans Mono', 'DejaVu Sans Mono', monospace; font-size: 8.8pt; }
    .bar { border: 1px solid #000; padding: 3px 5px; font-weight: bold; font-size: 10pt; }
    table.t { width:100%; }
    table.t td { padding: 1px 4px; vertical-align: top; }
    table.t td.k { font-weight: bold; white-space: nowrap; width: 1.5in; }
    hr { border: 0; border-top: 1px dashed #000; }
    """
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="page">
 <div style="display:flex;justify-content:space-between"><div><b>First Coast Family &amp; Geriatric Care</b><br>
  7205 Normandy Blvd, Jacksonville, FL 32205<br>Tel: 904.733.1400 (main)</div>
  <div style="text-align:right">Thursday, Oct 22, 2026<br>Printed: Oct 23, 2026 09:15</div></div>
 <hr>
 <div class="bar">Patient: Hollis, Beatrice &nbsp; DOB: Apr 30, 1952 &nbsp; Age: 74 Y &nbsp; Sex: F &nbsp; Acct No: HOBE000412</div>
 <table class="t"><tr><td class="k">Address:</td><td>1904 Lane Ave S, Jacksonville, FL 32210</td><td class="k">Tel:</td><td>904.382.7715</td></tr>
  <tr><td class="k">Emergency Contact:</td><td>Hollis, Andre (grandson)</td><td class="k">EC Tel:</td><td>904.219.6650</td></tr></table>
 <hr>
 <div class="bar">Referral (Outgoing) &nbsp;&nbsp; Referral Date: Oct 22, 2026</div>
 <table class="t">
  <tr><td class="k">Referral From:</td><td>Mbeki, Terrence</td><td class="k">NPI:</td><td>{ref_npi}</td></tr>
  <tr><td class="k">From Tel:</td><td>904.733.1408</td><td class="k">From Fax:</td><td>904.733.1419</td></tr>
  <tr><td class="k">Referral To:</td><td>Szabo, Natalie</td><td class="k">Speciality:</td><td>Podiatry</td></tr>
  <tr><td class="k">Facility:</td><td>Riverside Foot &amp; Ankle</td><td class="k">To Tel/Fax:</td><td>904.387.2240 / 904.387.2249</td></tr>
  <tr><td class="k">Insurance:</td><td>Humana Gold Plus HMO</td><td class="k">Subscriber No:</td><td>H71293884</td></tr>
  <tr><td class="k">Group No:</td><td>Y4401002</td><td class="k">Auth No:</td><td>pending</td></tr>
  <tr><td class="k">Priority:</td><td>Urgent</td><td class="k">Visits:</td><td>3</td></tr>
  <tr><td class="k">Start Date:</td><td>Oct 22, 2026</td><td class="k">End Date:</td><td>Jan 20, 2027</td></tr>
 </table>
 <hr>
 <table class="t">
  <tr><td class="k">Reason:</td><td>{f['reason']}</td></tr>
  <tr><td class="k">Diagnosis:</td><td>1. Type 2 diabetes mellitus with foot ulcer - E11.621<br>
    2. Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed - L97.412<br>
    3. Type 2 diabetes mellitus with diabetic polyneuropathy - E11.42</td></tr>
  <tr><td class="k">Notes:</td><td>Wound 1.4 x 1.1 cm, base granular, no probe to bone, mild periwound erythema. Started cephalexin 500 mg QID
    Oct 20, 2026. A1c 8.9% (Oct 14, 2026). ABI 0.92 R. X-ray R foot Oct 21, 2026: no osteomyelitis.</td></tr>
 </table>
 <hr>
 <p>Provider: Terrence Mbeki, MD &nbsp;&nbsp; Signed: Oct 22, 2026 04:48 PM</p>
 {page_footer("Patient: Hollis, Beatrice DOB: Apr 30, 1952 Provider: Terrence Mbeki, MD", "Page 1 of 1")}
</div></body></html>"""
    return dict(kind="ehr_ecw_style_outgoing_referral", pages=1, mode="fine", html=html, fields=f, printed=pr)


# ---------------------------------------------------------------------------
# NU09  NextGen-style referral + progress note (2p) -> ophthalmology (STAT)
# ---------------------------------------------------------------------------
@reg
def nu09():
    ref_npi = npi("221703489")
    f = dict(
        patient_last_name="Truong", patient_first_name="Mai Anh",
        patient_dob="1964-02-08", patient_sex="F", patient_phone="7146239048",
        patient_mrn="A2219087", insurance_payer="Cigna",
        insurance_member_id="U88234190-01", referring_provider="Steven Carrow",
        referring_npi=ref_npi, referring_phone="7149561230", referring_fax="7149561244",
        referred_to_specialty="ophthalmology", referred_to_provider="Farah Qureshi",
        diagnosis_codes=["H53.132", "E11.9", "I10"],
        reason="Sudden painless loss of vision left eye since this morning; r/o CRAO/CRVO - please see today",
        urgency="stat", referral_date="2026-11-17",
    )
    pr = dict(
        patient_last_name="Truong", patient_first_name="Mai Anh", patient_dob="02/08/1964",
        patient_sex="Female", patient_phone="(714) 623-9048", patient_mrn="A2219087",
        insurance_payer="Cigna", insurance_member_id="U88234190-01",
        referring_provider="Steven P. Carrow, MD", referring_npi=ref_npi,
        referring_phone="(714) 956-1230", referring_fax="(714) 956-1244",
        referred_to_specialty="Ophthalmology", referred_to_provider="Farah Qureshi, MD",
        diagnosis_codes=["H53.132", "E11.9", "I10"], reason=f["reason"], urgency="STAT",
        referral_date="11/17/2026",
    )
    css = BASE_CSS + """
    body { font-family: 'C059', 'Century Schoolbook', serif; font-size: 10pt; }
    .hdr { text-align: right; font-size: 8.5pt; }
    .ttl { font-size: 15pt; font-weight: bold; margin-top: 4px; }
    .pbar { border-top: 2px solid #000; border-bottom: 2px solid #000; padding: 4px 0; margin: 6px 0; display:flex; justify-content: space-between; }
    .grid2 { display:grid; grid-template-columns: 1.6in 1fr 1.6in 1fr; gap: 2px 6px; }
    .grid2 .k { font-weight:bold; }
    h3 { font-size: 11pt; margin: 10px 0 3px; border-bottom: 1px solid #000; }
    .stat { border: 3px solid #000; padding: 4px 8px; font-weight: bold; font-size: 12pt; display:inline-block; }
    """
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="page">
 <div class="hdr">Orange Coast Medical Group &middot; Fountain Valley Internal Medicine<br>
   17822 Brookhurst St, Fountain Valley, CA 92708 &middot; Main (714) 956-1200</div>
 <div class="ttl">Referral Request &nbsp; <span class="stat">STAT</span></div>
 <div class="pbar"><span><b>Truong, Mai Anh</b></span><span>DOB 02/08/1964</span><span>Female</span><span>Acct # A2219087</span></div>
 <div class="grid2">
  <div class="k">Last Name</div><div>Truong</div><div class="k">First Name</div><div>Mai Anh</div>
  <div class="k">Date of Birth</div><div>02/08/1964</div><div class="k">Gender</div><div>Female</div>
  <div class="k">Cell Phone</div><div>(714) 623-9048</div><div class="k">Acct #</div><div>A2219087</div>
  <div class="k">Emergency Contact</div><div>Duc Truong (714) 488-3076</div><div class="k">Language</div><div>Vietnamese (interpreter)</div>
 </div>
 <h3>Payer</h3>
 <div class="grid2">
  <div class="k">Carrier</div><div>Cigna</div><div class="k">Plan</div><div>Open Access Plus</div>
  <div class="k">Member #</div><div>U88234190-01</div><div class="k">Group #</div><div>3341872</div>
 </div>
 <h3>Referral</h3>
 <div class="grid2">
  <div class="k">Referral Date</div><div>11/17/2026</div><div class="k">Urgency</div><div>STAT</div>
  <div class="k">Referred To</div><div>Farah Qureshi, MD</div><div class="k">Specialty</div><div>Ophthalmology</div>
  <div class="k">Practice</div><div>Pacific Retina &amp; Eye Institute</div><div class="k">Phone / Fax</div><div>(714) 540-3300 / (714) 540-3319</div>
  <div class="k">Referred By</div><div>Steven P. Carrow, MD</div><div class="k">NPI</div><div>{ref_npi}</div>
  <div class="k">Office Phone</div><div>(714) 956-1230</div><div class="k">Office Fax</div><div>(714) 956-1244</div>
 </div>
 <h3>Diagnosis</h3>
 <div>H53.132 Sudden visual loss, left eye<br>E11.9 Type 2 diabetes mellitus without complications<br>I10 Essential (primary) hypertension</div>
 <h3>Reason for Referral</h3>
 <div>{f['reason']}</div>
 <p><b>Phone contact:</b> Spoke with Dr. Qureshi's triage nurse at 11:05; patient being sent now by family. Do not use fax number for urgent questions &mdash; call (714) 540-3300.</p>
 {page_footer("Truong, Mai Anh &middot; 02/08/1964 &middot; Printed 11/17/2026 11:12 AM", "Page 1 of 2")}
</div>
<div class="page">
 <div class="hdr">Orange Coast Medical Group &middot; Fountain Valley Internal Medicine</div>
 <div class="ttl">Progress Note</div>
 <div class="pbar"><span><b>Truong, Mai Anh</b></span><span>DOB 02/08/1964</span><span>Female</span><span>Acct # A2219087</span></div>
 <p><b>Encounter date:</b> 11/17/2026 &nbsp;&nbsp; <b>Provider:</b> Steven P. Carrow, MD &nbsp;&nbsp; <b>Visit type:</b> Same-day sick</p>
 <p><b>Subjective:</b> 62 y/o F with T2DM (A1c 7.4% in 08/2026) and HTN presents through interpreter with sudden painless
 loss of vision in the left eye noted on waking at about 6:30 AM. Describes "a curtain" over the lower half, no flashes, no floaters,
 no headache, no jaw claudication, no scalp tenderness. No prior eye surgery. Last dilated eye exam 2024.</p>
 <p><b>Objective:</b> BP 168/94, HR 84 regular, T 98.2. Visual acuity OD 20/30, OS count fingers at 3 ft. Left relative afferent
 pupillary defect present. Neuro exam otherwise nonfocal. Carotids without bruit. Fingerstick glucose 188.</p>
 <p><b>Assessment:</b> Acute monocular vision loss, left eye (H53.132) &mdash; concern for retinal artery or vein occlusion.
 Type 2 diabetes (E11.9). Hypertension (I10), elevated today.</p>
 <p><b>Plan:</b> STAT ophthalmology/retina evaluation today &mdash; called Pacific Retina &amp; Eye Institute, accepted.
 ESR/CRP drawn. If retinal artery occlusion confirmed, will arrange stroke work-up (carotid duplex, echo). Return precautions reviewed.</p>
 <p>Electronically signed: Steven P. Carrow, MD &nbsp; 11/17/2026 11:10 AM</p>
 {page_footer("Truong, Mai Anh &middot; 02/08/1964 &middot; Printed 11/17/2026 11:12 AM", "Page 2 of 2")}
</div></body></html>"""
    return dict(kind="ehr_nextgen_style_stat_referral_plus_note", pages=2, mode="fine", html=html, fields=f, printed=pr)


# ---------------------------------------------------------------------------
# NU10  fax cover sheet + referral form (2p) -> urology (standard)
# ---------------------------------------------------------------------------
@reg
def nu10():
    ref_npi = npi("249106733")
    f = dict(
        patient_last_name="Abernathy", patient_first_name="Glenn",
        patient_dob="1957-12-05", patient_sex="M", patient_phone="6148826031",
        patient_mrn="WPC-55120", insurance_payer="Medical Mutual of Ohio",
        insurance_member_id="MMO482210937", referring_provider="Heather Lindgren",
        referring_npi=ref_npi, referring_phone="6148953300", referring_fax="6148953312",
        referred_to_specialty="urology", referred_to_provider="Omar Saleh",
        diagnosis_codes=["R31.0", "Z87.891"],
        reason="Two episodes of painless gross hematuria in past 3 weeks, 40 pack-year former smoker. Needs cystoscopy and CT urogram.",
        urgency="urgent", referral_date="2026-11-19",
    )
    pr = dict(
        patient_last_name="Abernathy", patient_first_name="Glenn", patient_dob="12/05/1957",
        patient_sex="Male", patient_phone="614-882-6031", patient_mrn="WPC-55120",
        insurance_payer="Medical Mutual of Ohio", insurance_member_id="MMO 4822 1093 7",
        referring_provider="Heather Lindgren, CNP", referring_npi=ref_npi,
        referring_phone="614-895-3300", referring_fax="614-895-3312",
        referred_to_specialty="Urology", referred_to_provider="Omar Saleh, MD",
        diagnosis_codes=["R31.0", "Z87.891"], reason=f["reason"], urgency="URGENT",
        referral_date="11/19/2026",
    )
    css = BASE_CSS + """
    body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
    .fax { font-size: 48pt; font-weight: bold; letter-spacing: 8px; border-bottom: 6px solid #000; }
    table.cv { width: 100%; margin-top: 16px; font-size: 12pt; }
    table.cv td { padding: 6px 4px; border-bottom: 1px solid #000; }
    table.cv td.k { font-weight:bold; width: 1.3in; }
    .conf { font-size: 8.5pt; border: 1px solid #000; padding: 6px; margin-top: 24px; }
    table.rf { width:100%; }
    table.rf td { border: 1px solid #000; padding: 3px 5px; }
    table.rf td.k { font-weight:bold; background: #eee; width: 1.5in; font-size: 9.5pt; }
    h2 { font-size: 12pt; margin: 10px 0 3px; }
    """
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="page">
 <div class="fax">FAX</div>
 <div style="margin-top:6px"><b>Westerville Primary Care</b> &middot; 380 County Line Rd W, Westerville, OH 43082</div>
 <table class="cv">
  <tr><td class="k">Date:</td><td>11/20/2026</td><td class="k">Pages:</td><td>2 (including cover)</td></tr>
  <tr><td class="k">To:</td><td>Referral Coordinator</td><td class="k">From:</td><td>Kayla, Referrals</td></tr>
  <tr><td class="k">Company:</td><td>Central Ohio Urology Group</td><td class="k">Company:</td><td>Westerville Primary Care</td></tr>
  <tr><td class="k">Fax:</td><td>(614) 488-2051</td><td class="k">Fax:</td><td>(614) 895-3312</td></tr>
  <tr><td class="k">Phone:</td><td>(614) 488-2000</td><td class="k">Phone:</td><td>(614) 895-3300</td></tr>
  <tr><td class="k">Re:</td><td colspan="3">URGENT new patient referral &mdash; please schedule within 1 week</td></tr>
 </table>
 <p style="margin-top:16px">[X] Urgent &nbsp; [ ] For Review &nbsp; [X] Please Reply &nbsp; [ ] Please Recycle</p>
 <p>Comments: Referral, office note summary and UA attached. Please call patient directly to schedule and fax appointment confirmation back to us.</p>
 <div class="conf"><b>CONFIDENTIALITY NOTICE:</b> This facsimile contains protected health information that is privileged and confidential
 under federal and state law. It is intended only for the use of the recipient named above. If you have received this fax in error,
 please notify the sender immediately at (614) 895-3300 and destroy all copies. Re-disclosure is prohibited.</div>
</div>
<div class="page">
 <div style="display:flex;justify-content:space-between;border-bottom:2px solid #000"><div style="font-size:14pt;font-weight:bold">Referral Form</div>
  <div style="font-size:9pt;text-align:right">Westerville Primary Care &middot; Phone (614) 895-3300 &middot; Fax (614) 895-3312</div></div>
 <h2>To</h2>
 <table class="rf">
  <tr><td class="k">Specialty</td><td>Urology</td><td class="k">Physician</td><td>Omar Saleh, MD</td></tr>
  <tr><td class="k">Office</td><td colspan="3">Central Ohio Urology Group, 3000 Bethel Rd, Columbus, OH 43220 &middot; Phone (614) 488-2000 &middot; Fax (614) 488-2051</td></tr>
 </table>
 <h2>Patient</h2>
 <table class="rf">
  <tr><td class="k">Name (Last, First)</td><td>Abernathy, Glenn</td><td class="k">Chart No.</td><td>WPC-55120</td></tr>
  <tr><td class="k">DOB</td><td>12/05/1957</td><td class="k">Sex</td><td>Male</td></tr>
  <tr><td class="k">Phone</td><td>614-882-6031</td><td class="k">Alt. Contact</td><td>Sharon Abernathy 614-507-2298</td></tr>
  <tr><td class="k">Insurance</td><td>Medical Mutual of Ohio</td><td class="k">ID No.</td><td>MMO 4822 1093 7</td></tr>
  <tr><td class="k">Group</td><td>SUPERMED PLUS 62004</td><td class="k">Subscriber</td><td>Self</td></tr>
 </table>
 <h2>Referral</h2>
 <table class="rf">
  <tr><td class="k">Referral Date</td><td>11/19/2026</td><td class="k">Priority</td><td>URGENT</td></tr>
  <tr><td class="k">ICD-10</td><td colspan="3">R31.0 Gross hematuria; Z87.891 Personal history of nicotine dependence</td></tr>
  <tr><td class="k">Reason</td><td colspan="3" style="height:0.6in">{f['reason']}</td></tr>
  <tr><td class="k">Pertinent Findings</td><td colspan="3">UA 11/18/2026: &gt;50 RBC/hpf, no WBC, nitrite neg. Urine culture pending. Cr 1.02 (eGFR 79). No anticoagulants.</td></tr>
 </table>
 <h2>From</h2>
 <table class="rf">
  <tr><td class="k">Referring Provider</td><td>Heather Lindgren, CNP</td><td class="k">NPI</td><td>{ref_npi}</td></tr>
  <tr><td class="k">Phone</td><td>614-895-3300</td><td class="k">Fax</td><td>614-895-3312</td></tr>
  <tr><td class="k">Collaborating MD</td><td colspan="3">on file</td></tr>
 </table>
 <p style="margin-top:14px">Signature: <i>Heather Lindgren, CNP</i> &nbsp;&nbsp; Date: 11/19/2026</p>
 {page_footer("WPC Referral Form v4 &middot; Abernathy, Glenn &middot; DOB 12/05/1957", "Page 2 of 2")}
</div></body></html>"""
    return dict(kind="fax_cover_plus_referral_form", pages=2, mode="standard", html=html, fields=f, printed=pr)


def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True)
    os.makedirs(f"{ROOT}/truth", exist_ok=True)
    meta = {}
    for name, fn in sorted(DOCS.items()):
        d = fn()
        with open(f"{ROOT}/html/{name}.html", "w") as fh:
            fh.write(d["html"])
        truth = {"source": f"{name}.tif", "pages": d["pages"], "kind": d["kind"],
                 "fields": d["fields"], "meta": {"format": "tiff"}}
        with open(f"{ROOT}/truth/{name}.json", "w") as fh:
            json.dump(truth, fh, indent=2)
        meta[name] = {"mode": d["mode"], "pages": d["pages"], "printed": d["printed"]}
    with open(f"{ROOT}/src/printed_map.json", "w") as fh:
        json.dump(meta, fh, indent=2)
    print("generated", len(DOCS))


if __name__ == "__main__":
    main()
