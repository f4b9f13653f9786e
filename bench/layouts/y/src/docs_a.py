"""NP01-NP05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, skew, dropouts,
urgency_printed]).

Theme of set Y: the receiving specialist's own "new patient referral form" (downloaded from the specialist's
website, printed, filled in by the referring office, faxed back), one per specialty. The form carries the
specialist's logo, address, phone and fax (distractors), instructions, specialty checklists and checkbox grids;
the referring office types its values into the fields (often in another font, sometimes ALL CAPS).
"""
from common import npi, P, D, box, page, esc


def cbs(items, checked, sep=" &nbsp; "):
    """A row of labelled checkboxes; `checked` is a set of labels."""
    return sep.join(f'<span class="nw">{box(i in checked)}{i}</span>' for i in items)


# ====================================================================== NP01
def np01():
    """Hematology/oncology institute's 'New Patient Referral Form' (Milwaukee), grey section bars, form text in
    sans, typed values in monospace; service grid with Hematology (benign) checked; page 2 is the attached lab
    report (CBC, SPEP)."""
    f = {
        "patient_last_name": "Halvorsen",
        "patient_first_name": "Ingrid",
        "patient_dob": "1954-09-17",
        "patient_sex": "F",
        "patient_phone": "2627861349",
        "patient_mrn": "BFP-0083417",
        "insurance_payer": "Security Health Plan",
        "insurance_member_id": "SHP7730218401",
        "referring_provider": "Gregory Lindqvist",
        "referring_npi": npi("148203917"),
        "referring_phone": "2627844100",
        "referring_fax": "2627844175",
        "referred_to_specialty": "hematology",
        "referred_to_provider": "Sunita Raghavan",
        "diagnosis_codes": ["D47.2", "D64.9"],
        "reason": "New M-spike of 1.4 g/dL on SPEP with mild normocytic anemia; please evaluate for MGUS versus "
                  "smoldering myeloma.",
        "urgency": "routine",
        "referral_date": "2026-03-04",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9pt; }
.hd { display:flex; align-items:center; gap:12px; border-bottom:2px solid #000; padding-bottom:6px; }
.logo { width:0.62in; height:0.62in; border-radius:50%; border:3px solid #000; display:flex; align-items:center;
        justify-content:center; font:bold 13pt 'URW Gothic', sans-serif; letter-spacing:-0.5px; }
.hd .n { font:bold 15pt 'URW Gothic', sans-serif; line-height:1.05; }
.hd .s { font-size:8pt; line-height:1.35; }
.hd .r { margin-left:auto; text-align:right; font-size:8pt; line-height:1.4; }
.title { text-align:center; font-size:13pt; font-weight:bold; margin:6px 0 2px 0; letter-spacing:1px; }
.instr { border:1px solid #000; padding:3px 6px; font-size:8pt; line-height:1.3; margin-bottom:6px; }
.bar { background:#c8c8c8; font-weight:bold; font-size:9pt; padding:2px 5px; margin-top:5px; letter-spacing:0.5px;
       border:1px solid #000; border-bottom:none; }
table.f { width:100%; table-layout:fixed; }
table.f td { border:1px solid #000; padding:1px 4px 2px 4px; vertical-align:top; height:0.36in; }
table.f td small { display:block; font-size:6.5pt; text-transform:uppercase; letter-spacing:0.3px; }
.v { font-family:'Liberation Mono', 'Nimbus Mono PS', monospace; font-size:9.5pt; }
.grid { display:grid; grid-template-columns:repeat(3, 1fr); row-gap:3px; padding:4px 5px; border:1px solid #000; }
.ck { padding:4px 5px; border:1px solid #000; line-height:1.6; }
.sig { display:flex; gap:0.25in; margin-top:8px; }
.sig > div { flex:1; font-size:7.5pt; }
.sig .sigv { font-family:'Z003', cursive; font-size:16pt; height:0.34in; border-bottom:1px solid #000; margin-bottom:1px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between;
      border-top:1px solid #000; padding-top:2px; }
.lab { font-family:'Liberation Mono', monospace; font-size:8.8pt; line-height:1.32; }
.lab table { width:100%; }
.lab th, .lab td { text-align:left; padding:1px 4px; }
.lab th { border-top:1px solid #000; border-bottom:1px solid #000; }
.lab h3 { font-size:10pt; margin:10px 0 3px 0; }
"""

    def td(label, value, span=1):
        return f'<td colspan="{span}"><small>{label}</small><span class="v">{value}</span></td>'

    spec_fax = "4148372291"
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="logo">LCBI</div>
<div><div class="n">Lakeshore Cancer &amp;<br>Blood Institute</div>
<div class="s">Medical Oncology &middot; Hematology &middot; Infusion &middot; Cancer Genetics</div></div>
<div class="r">1450 N Prospect Ave, Suite 300<br>Milwaukee, WI 53202<br>
New Patient Office {P('4148372200', 'dash')}<br><b>Referral Fax {P(spec_fax, 'dash')}</b></div></div>
<div class="title">NEW PATIENT REFERRAL FORM</div>
<div class="instr"><b>Referring offices:</b> please complete every section, attach the last 2 office notes, CBC/CMP within
30 days and any pathology or imaging, and fax to <b>{P(spec_fax, 'paren')}</b>. Our new-patient coordinators call the
patient within 2 business days. Questions: {P('4148372200', 'paren')}, option 3. Form LCBI-NP-01 rev 06/2025.</div>
<div class="bar">1. PATIENT INFORMATION</div>
<table class="f">
<tr>{td('Last name', 'Halvorsen')}{td('First name', 'Ingrid')}{td('MI', 'K')}{td('Date of birth', D(f['patient_dob'], 'us'))}</tr>
<tr>{td('Sex', 'F')}{td('Preferred phone', P(f['patient_phone'], 'paren'))}{td('Alternate phone', P('4143920586', 'paren'))}{td('Referring office MRN', f['patient_mrn'])}</tr>
<tr>{td('Street address', 'W238 N1654 Rockwood Dr', 2)}{td('City / State / ZIP', 'Waukesha, WI 53188', 2)}</tr>
<tr>{td('Preferred language', 'English')}{td('Interpreter needed', 'No')}{td('Emergency contact / relationship', 'Per Halvorsen (husband) ' + P('2627861350', 'paren'), 2)}</tr>
</table>
<div class="bar">2. INSURANCE (attach copy of card, front and back)</div>
<table class="f">
<tr>{td('Primary insurance', f['insurance_payer'], 2)}{td('Member / subscriber ID', f['insurance_member_id'])}{td('Group #', '0041276')}</tr>
<tr>{td('Secondary insurance', 'None', 2)}{td('Secondary ID', '')}{td('Authorization # (if required)', 'Not required')}</tr>
</table>
<div class="bar">3. REFERRING PROVIDER</div>
<table class="f">
<tr>{td('Referring provider', 'Gregory Lindqvist, MD', 2)}{td('NPI', f['referring_npi'])}{td('Practice', 'Brookfield Family Physicians')}</tr>
<tr>{td('Office phone', P(f['referring_phone'], 'dash'))}{td('Office fax', P(f['referring_fax'], 'dash'))}{td('Office contact', 'Tanya (referrals)')}{td('Primary care (if different)', 'Same')}</tr>
</table>
<div class="bar">4. SERVICE REQUESTED</div>
<div class="grid">{''.join(f'<span>{box(s.startswith("Hematology"))}{s}</span>' for s in ['Medical Oncology', 'Hematology (benign / non-malignant)', 'Radiation Oncology', 'Second opinion', 'Infusion / injection only', 'Genetic counseling'])}</div>
<table class="f"><tr>{td('Requested physician (optional)', 'Dr. Sunita Raghavan', 2)}{td('Urgency', box(True) + 'Routine (2-3 weeks) &nbsp; ' + box(False) + 'Urgent (within 72 h, call us)', 2)}</tr></table>
<div class="bar">5. CLINICAL INFORMATION</div>
<table class="f">
<tr>{td('Diagnosis / ICD-10 code(s)', 'D47.2 Monoclonal gammopathy; D64.9 Anemia, unspecified', 4)}</tr>
<tr><td colspan="4" style="height:0.5in"><small>Reason for referral</small><span class="v">{esc(f['reason'])}</span></td></tr>
</table>
<div class="ck">
Is the patient aware of the diagnosis / reason for referral? <span class="nw">{box(True)}Yes {box(False)}No</span><br>
Tissue diagnosis (biopsy) done? <span class="nw">{box(False)}Yes {box(True)}No</span> &nbsp;&nbsp; Currently on anticoagulation? <span class="nw">{box(False)}Yes {box(True)}No</span><br>
Records enclosed: {cbs(['Last 2 office notes', 'CBC / CMP', 'SPEP / IFE / free light chains', 'Pathology', 'Imaging', 'Insurance card'], {'Last 2 office notes', 'CBC / CMP', 'SPEP / IFE / free light chains', 'Insurance card'})}
</div>
<div class="sig"><div><div class="sigv">G. Lindqvist</div>Signature of referring provider</div>
<div><div class="sigv" style="font-family:'Liberation Mono';font-size:9.5pt;padding-top:10px">{D(f['referral_date'], 'us')}</div>Date of referral</div></div>
<div class="ft"><span>LCBI &middot; Fax completed form to {P(spec_fax, 'dash')} &middot; Do not send to individual physician offices.</span><span>Page 1 of 1</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div style="display:flex;justify-content:space-between;border-bottom:2px solid #000;padding-bottom:4px;font-size:8.5pt">
<div><b style="font-size:12pt">KETTLE MORAINE CLINICAL LABORATORY</b><br>N14 W24200 Tower Pl, Pewaukee WI 53072 &middot; CLIA 52D1048833</div>
<div style="text-align:right">Client Services {P('2626913380', 'dash')}<br>Medical Director: Arvid Posner, MD</div></div>
<div class="lab">
<table style="margin-top:6px">
<tr><td>PATIENT: HALVORSEN, INGRID K</td><td>DOB: {D(f['patient_dob'], 'us')}</td><td>SEX: F</td></tr>
<tr><td>ACCT: BFP-0083417</td><td>COLLECTED: {D('2026-02-23', 'us')} 07:52</td><td>FINAL: {D('2026-02-27', 'us')} 15:10</td></tr>
<tr><td>ORDERED BY: LINDQVIST, GREGORY</td><td>CLIENT: BROOKFIELD FAMILY PHYS</td><td>PAGE 1 OF 1</td></tr>
</table>
<h3>CBC WITH DIFFERENTIAL</h3>
<table>
<tr><th>TEST</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REF RANGE</th></tr>
<tr><td>WBC</td><td>5.8</td><td></td><td>K/uL</td><td>3.8-10.8</td></tr>
<tr><td>RBC</td><td>3.61</td><td>L</td><td>M/uL</td><td>3.80-5.10</td></tr>
<tr><td>HEMOGLOBIN</td><td>10.9</td><td>L</td><td>g/dL</td><td>11.7-15.5</td></tr>
<tr><td>HEMATOCRIT</td><td>32.4</td><td>L</td><td>%</td><td>35.0-45.0</td></tr>
<tr><td>MCV</td><td>88</td><td></td><td>fL</td><td>80-100</td></tr>
<tr><td>RDW</td><td>13.9</td><td></td><td>%</td><td>11.0-15.0</td></tr>
<tr><td>PLATELETS</td><td>212</td><td></td><td>K/uL</td><td>140-400</td></tr>
</table>
<h3>COMPREHENSIVE METABOLIC PANEL (selected)</h3>
<table>
<tr><th>TEST</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REF RANGE</th></tr>
<tr><td>CREATININE</td><td>0.98</td><td></td><td>mg/dL</td><td>0.50-1.05</td></tr>
<tr><td>CALCIUM</td><td>9.6</td><td></td><td>mg/dL</td><td>8.6-10.4</td></tr>
<tr><td>TOTAL PROTEIN</td><td>8.4</td><td>H</td><td>g/dL</td><td>6.1-8.1</td></tr>
<tr><td>ALBUMIN</td><td>3.9</td><td></td><td>g/dL</td><td>3.6-5.1</td></tr>
</table>
<h3>PROTEIN ELECTROPHORESIS, SERUM, WITH IMMUNOFIXATION</h3>
<table>
<tr><th>FRACTION</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REF RANGE</th></tr>
<tr><td>ALPHA-1 GLOBULIN</td><td>0.3</td><td></td><td>g/dL</td><td>0.2-0.3</td></tr>
<tr><td>ALPHA-2 GLOBULIN</td><td>0.8</td><td></td><td>g/dL</td><td>0.5-0.9</td></tr>
<tr><td>BETA GLOBULIN</td><td>0.9</td><td></td><td>g/dL</td><td>0.7-1.3</td></tr>
<tr><td>GAMMA GLOBULIN</td><td>2.5</td><td>H</td><td>g/dL</td><td>0.8-1.7</td></tr>
<tr><td>M-SPIKE</td><td>1.4</td><td>A</td><td>g/dL</td><td>NOT DETECTED</td></tr>
</table>
<p>IMMUNOFIXATION: IgG KAPPA MONOCLONAL PROTEIN DETECTED IN THE GAMMA REGION.<br>
INTERPRETATION: Monoclonal protein present. Suggest serum free light chains and hematology evaluation
if clinically indicated.<br>Reviewed by: R. Obermeier, MD, Pathology &middot; {D('2026-02-27', 'us')}</p>
</div>
<div class="ft"><span>Kettle Moraine Clinical Laboratory &middot; report 26-054-11873</span><span>CONFIDENTIAL PATIENT INFORMATION</span></div>
</div></div>"""
    return dict(html=page("NP01", css, p1 + p2), fields=f, pages=2,
                kind="specialist_new_patient_form_grey_bars_service_grid_hematology_plus_lab_report",
                mode="fine",
                fax=dict(when="03/04/2026 14:37", name="BROOKFIELD FAMILY PHYS", number=f["referring_fax"],
                         to=spec_fax, fmt="c"))


# ====================================================================== NP02
def np02():
    """Nephrology group's 'CKD Referral Form' (Omaha): black section bars, typed values in ALL CAPS, CKD-stage and
    eGFR checklist, urgency checkboxes (Urgent), 'first available' instead of a named nephrologist, Medicare MBI
    with a supplement as secondary; page 2 is the referring EHR's renal lab trend printout."""
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Dwayne",
        "patient_dob": "1949-02-11",
        "patient_sex": "M",
        "patient_phone": "4023398814",
        "insurance_payer": "Medicare",
        "insurance_member_id": "4TJ7WQ2RM83",
        "referring_provider": "Rebecca Sorensen",
        "referring_npi": npi("160834552"),
        "referring_phone": "4025926300",
        "referring_fax": "4025926318",
        "referred_to_specialty": "nephrology",
        "diagnosis_codes": ["N18.4", "E11.22", "I12.9"],
        "reason": "CKD stage 4 with eGFR decline from 38 to 24 over 12 months and rising albuminuria in a patient "
                  "with type 2 diabetes; please evaluate and begin kidney replacement planning.",
        "urgency": "urgent",
        "referral_date": "2026-02-26",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.8pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; }
.brand { display:flex; gap:8px; align-items:center; }
.mark { width:0.5in; height:0.5in; background:#000; color:#fff; font:bold 20pt 'Nimbus Roman', serif;
        display:flex; align-items:center; justify-content:center; border-radius:4px; }
.brand .n { font:bold 16pt 'Nimbus Roman', serif; }
.brand .s { font-size:8pt; font-style:italic; }
.hd .r { text-align:right; font-size:8pt; line-height:1.35; }
h1 { font-size:14pt; margin:6px 0 2px 0; text-align:center; letter-spacing:3px; }
.sub { text-align:center; font-size:8pt; margin-bottom:5px; }
.bar { background:#000; color:#fff; font-weight:bold; font-size:9pt; padding:2px 6px; margin-top:6px; letter-spacing:1px; }
.row { display:flex; gap:10px; margin:8px 0 0 0; }
.row > span { display:flex; align-items:baseline; flex:1; }
.row > span > i { font-style:normal; font-size:8pt; white-space:nowrap; margin-right:4px; }
.row > span > u { flex:1; text-decoration:none; border-bottom:1px solid #000; min-height:1.15em; padding-left:4px;
                  font:10.3pt 'Nimbus Sans Narrow', 'Liberation Sans Narrow', sans-serif; font-weight:bold; }
.cl { margin-top:5px; line-height:1.85; }
.note { font-size:7.5pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; border-top:2px solid #000; padding-top:2px; }
.ehr { font-family:'DejaVu Sans Mono', monospace; font-size:8.3pt; line-height:1.35; }
.ehr table { width:100%; }
.ehr th, .ehr td { text-align:left; padding:1px 3px; }
.ehr th { border-bottom:1px dashed #000; }
"""

    def row(*items):
        return '<div class="row">' + "".join(f'<span style="flex:{w}"><i>{l}</i><u>{v}</u></span>' for l, v, w in items) + "</div>"

    spec_fax = "4023917759"
    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="brand"><div class="mark">P</div><div><div class="n">Prairie Kidney Specialists, P.C.</div>
<div class="s">Nephrology &middot; Hypertension &middot; Dialysis &amp; Transplant Care</div></div></div>
<div class="r">11920 Arbor St, Suite 140, Omaha NE 68144<br>Phone {P('4023917750', 'dot')} &nbsp; Fax {P(spec_fax, 'dot')}<br>www.prairiekidney.example</div></div>
<h1>CKD REFERRAL FORM</h1>
<div class="sub">Fax this form with the most recent office note, BMP/CMP, urine albumin-creatinine ratio and renal ultrasound
(if done) to <b>{P(spec_fax, 'dot')}</b>. Incomplete referrals will be returned.</div>
<div class="bar">PATIENT</div>
{row(('Last', 'KOWALCZYK', 3), ('First', 'DWAYNE', 3), ('MI', 'A', 1), ('DOB', D(f['patient_dob'], 'us'), 2))}
{row(('Sex', box(True) + 'M ' + box(False) + 'F', 2), ('Phone', P(f['patient_phone'], 'dash'), 3), ('Cell', '', 3))}
{row(('Address', '4417 S 148TH AVE, OMAHA NE 68137', 5), ('Lang.', 'ENGLISH', 2))}
<div class="bar">INSURANCE</div>
{row(('Primary', 'MEDICARE', 3), ('ID / MBI', f['insurance_member_id'], 3))}
{row(('Secondary', 'MUTUAL OF OMAHA MEDICARE SUPPLEMENT', 3), ('Policy #', 'MO-55820143', 3))}
<div class="bar">REFERRING PROVIDER</div>
{row(('Name', 'REBECCA SORENSEN, DO', 3), ('NPI', f['referring_npi'], 2))}
{row(('Practice', 'PAPILLION FAMILY MEDICINE', 3), ('Phone', P(f['referring_phone'], 'dash'), 2), ('Fax', P(f['referring_fax'], 'dash'), 2))}
<div class="bar">REFERRAL</div>
{row(('Date', D(f['referral_date'], 'us'), 2), ('Nephrologist requested', box(True) + 'FIRST AVAILABLE ' + box(False) + 'Name: ________', 5))}
<div class="cl">Priority: {box(False)}Routine (4-6 weeks) &nbsp; {box(True)}Urgent (eGFR &lt; 20, decline &gt; 5/yr, K &gt; 6.0) &nbsp; {box(False)}Emergent &mdash; do not fax, call the on-call nephrologist</div>
{row(('ICD-10', 'N18.4, E11.22, I12.9', 5))}
{row(('Reason for referral', esc(f['reason'].upper()), 1))}
<div class="bar">CKD CHECKLIST (required)</div>
<div class="cl">
CKD stage: {cbs(['3a', '3b', '4', '5', 'Unknown'], {'4'})}<br>
Most recent eGFR: <b>24</b> mL/min/1.73m&sup2; &nbsp; date {D('2026-02-19', 'us')} &nbsp;&nbsp; Creatinine: <b>2.61</b> mg/dL &nbsp;&nbsp; Potassium: <b>5.1</b><br>
Urine albumin/creatinine ratio: <b>612</b> mg/g &nbsp;&nbsp; Renal ultrasound: {box(True)}Done {box(False)}Not done &nbsp; Hgb: <b>10.4</b><br>
Cause of CKD (if known): {cbs(['Diabetes', 'Hypertension', 'Glomerular disease', 'Polycystic', 'Obstruction', 'Unknown'], {'Diabetes', 'Hypertension'})}<br>
Currently on: {cbs(['ACE-I / ARB', 'SGLT2 inhibitor', 'NSAIDs', 'Metformin', 'Insulin'], {'ACE-I / ARB', 'SGLT2 inhibitor', 'Insulin'})}<br>
Patient informed of referral and CKD diagnosis: <span class="nw">{box(True)}Yes {box(False)}No</span> &nbsp;&nbsp; Dialysis education requested: <span class="nw">{box(True)}Yes {box(False)}No</span>
</div>
<div class="row" style="margin-top:12px"><span style="flex:3"><i>Referring provider signature</i><u style="font-family:'Z003',cursive;font-size:14pt;font-weight:normal">Rebecca Sorensen DO</u></span><span style="flex:2"><i>Date</i><u>{D(f['referral_date'], 'us')}</u></span></div>
<div class="ft">PRAIRIE KIDNEY SPECIALISTS &middot; NEW PATIENT REFERRALS FAX {P(spec_fax, 'dot')} &middot; FORM PKS-CKD-2 (01/2025)</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner ehr">
<div style="border-bottom:1px solid #000;padding-bottom:3px;margin-bottom:6px">
PAPILLION FAMILY MEDICINE &nbsp;&nbsp; 480 E LINCOLN ST, PAPILLION NE 68046 &nbsp;&nbsp; PH {P(f['referring_phone'], 'dash')} FX {P(f['referring_fax'], 'dash')}<br>
RESULTS REVIEW - RENAL TREND &nbsp;&nbsp;&nbsp; PRINTED {D('2026-02-26', 'us')} 10:12 BY KSCHMIDT</div>
PATIENT: KOWALCZYK, DWAYNE A &nbsp;&nbsp; DOB: {D(f['patient_dob'], 'us')} &nbsp;&nbsp; SEX: M &nbsp;&nbsp; PCP: SORENSEN, REBECCA DO<br><br>
<table>
<tr><th>COMPONENT</th><th>{D('2025-02-14', 'us')}</th><th>{D('2025-06-10', 'us')}</th><th>{D('2025-10-03', 'us')}</th><th>{D('2026-02-19', 'us')}</th><th>UNITS</th></tr>
<tr><td>CREATININE</td><td>1.78</td><td>1.95</td><td>2.24</td><td>2.61 H</td><td>mg/dL</td></tr>
<tr><td>EGFR (CKD-EPI 2021)</td><td>38</td><td>34</td><td>29</td><td>24 L</td><td>mL/min/1.73m2</td></tr>
<tr><td>BUN</td><td>31</td><td>34</td><td>40</td><td>47 H</td><td>mg/dL</td></tr>
<tr><td>POTASSIUM</td><td>4.7</td><td>4.9</td><td>5.0</td><td>5.1</td><td>mmol/L</td></tr>
<tr><td>BICARBONATE</td><td>23</td><td>22</td><td>21</td><td>20 L</td><td>mmol/L</td></tr>
<tr><td>HEMOGLOBIN</td><td>11.8</td><td>11.2</td><td>10.9</td><td>10.4 L</td><td>g/dL</td></tr>
<tr><td>HEMOGLOBIN A1C</td><td>7.9</td><td>--</td><td>7.4</td><td>7.2</td><td>%</td></tr>
<tr><td>URINE ALB/CREAT</td><td>288</td><td>--</td><td>455</td><td>612 H</td><td>mg/g</td></tr>
<tr><td>PTH, INTACT</td><td>--</td><td>--</td><td>--</td><td>118 H</td><td>pg/mL</td></tr>
</table>
<br>
IMAGING: US RENAL BILATERAL {D('2025-11-12', 'us')} - RIGHT KIDNEY 9.4 CM, LEFT 9.1 CM, INCREASED ECHOGENICITY
BILATERALLY, NO HYDRONEPHROSIS, NO STONES.<br><br>
MEDICATIONS: LOSARTAN 100 MG DAILY; EMPAGLIFLOZIN 10 MG DAILY; INSULIN GLARGINE 28 UNITS QHS; AMLODIPINE 10 MG DAILY;
ATORVASTATIN 40 MG DAILY.<br><br>
ACTIVE PROBLEMS: TYPE 2 DM WITH DIABETIC CKD (E11.22); HYPERTENSIVE CKD (I12.9); CKD STAGE 4 (N18.4); HYPERLIPIDEMIA
(E78.5); ANEMIA IN CKD.
<div style="position:absolute;bottom:0;left:0;right:0;border-top:1px solid #000;padding-top:2px">PAGE 1 OF 1 &nbsp;&nbsp; CONFIDENTIAL - CONTAINS PHI</div>
</div></div>"""
    return dict(html=page("NP02", css, p1 + p2), fields=f, pages=2,
                kind="nephrology_ckd_referral_form_black_bars_all_caps_values_first_available_plus_lab_trend",
                mode="standard", dropouts={2: 2},
                fax=dict(when="02/26/2026 10:31", name="PAPILLION FAMILY MED", number=f["referring_fax"],
                         to=spec_fax, fmt="a"))


# ====================================================================== NP03
def np03():
    """Sleep-medicine order form of a pulmonary & sleep center (Spokane): 'Sleep Medicine Referral / Order',
    URW Gothic form with typed values in Nimbus Mono, STOP-BANG and Epworth checklists, study-type grid;
    referring ARNP. Single page."""
    f = {
        "patient_last_name": "Castellanos",
        "patient_first_name": "Ramon",
        "patient_dob": "1971-12-05",
        "patient_sex": "M",
        "patient_phone": "5094826671",
        "patient_mrn": "NFM-221904",
        "insurance_payer": "Premera Blue Cross",
        "insurance_member_id": "PRW884201375",
        "referring_provider": "Melissa Trang",
        "referring_npi": npi("152907734"),
        "referring_phone": "5094663120",
        "referring_fax": "5094663129",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Anand Krishnamurthy",
        "diagnosis_codes": ["R06.83", "R40.0", "I10"],
        "reason": "Loud snoring with witnessed apneas, daytime sleepiness (Epworth 15) and resistant hypertension; "
                  "evaluate for obstructive sleep apnea.",
        "urgency": "routine",
        "referral_date": "2026-03-11",
    }
    css = """
body { font-family: 'URW Gothic', 'Liberation Sans', sans-serif; font-size: 9.6pt; }
.top { display:flex; justify-content:space-between; align-items:center; }
.logo { display:flex; align-items:center; gap:7px; }
.moon { width:0.48in; height:0.48in; border-radius:50%; box-shadow: inset -9px -3px 0 0 #000; }
.logo .n { font-size:15pt; font-weight:bold; line-height:1; }
.logo .s { font-size:7.5pt; }
.top .r { font-size:7.8pt; text-align:right; line-height:1.4; }
.t { margin:6px 0 4px 0; border-top:1px solid #000; border-bottom:1px solid #000; text-align:center; padding:3px; }
.t b { font-size:13pt; letter-spacing:1px; }
.cols { display:flex; gap:10px; }
.cols > div { flex:1; }
.sec { border:1px solid #000; margin-bottom:6px; }
.sec h3 { margin:0; font-size:8.5pt; background:#e0e0e0; border-bottom:1px solid #000; padding:2px 5px; letter-spacing:1px; }
.sec .b { padding:3px 6px 5px 6px; line-height:1.75; }
.f { display:flex; align-items:baseline; margin-top:2px; }
.f i { font-style:normal; font-size:8.2pt; white-space:nowrap; margin-right:3px; }
.f u { flex:1; text-decoration:none; border-bottom:0.8px solid #000; padding-left:3px; min-height:1.1em;
       font:9.3pt 'Nimbus Mono PS', 'Liberation Mono', monospace; font-weight:bold; }
.v { font:9.3pt 'Nimbus Mono PS', 'Liberation Mono', monospace; font-weight:bold; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between;
      border-top:1px solid #000; padding-top:2px; }
"""

    def fl(label, value, extra=""):
        return f'<div class="f"{extra}><i>{label}</i><u>{value}</u></div>'

    spec_fax = "5098352248"
    HT = "5' 9\""
    stopbang = [("Snoring loudly", True), ("Tired / sleepy in daytime", True), ("Observed apneas", True),
                ("Pressure (treated HTN)", True), ("BMI &gt; 35", True), ("Age &gt; 50", True),
                ("Neck &gt; 16 in (40 cm)", True), ("Gender male", True)]
    body = f"""
<div class="sheet"><div class="inner">
<div class="top"><div class="logo"><div class="moon"></div><div><div class="n">CASCADE SLEEP<br>&amp; PULMONARY CENTER</div>
<div class="s">PULMONOLOGY &middot; SLEEP MEDICINE &middot; ACCREDITED SLEEP LAB</div></div></div>
<div class="r">105 W 8th Ave, Suite 5200<br>Spokane, WA 99204<br>Scheduling {P('5098352240', 'paren')}<br>Referral fax {P(spec_fax, 'paren')}</div></div>
<div class="t"><b>SLEEP MEDICINE REFERRAL / ORDER FORM</b><br>Fax with demographics, insurance card and most recent office note to {P(spec_fax, 'paren')}. We verify benefits and call the patient.</div>
<div class="cols">
<div>
<div class="sec"><h3>PATIENT</h3><div class="b">
{fl('Last name', 'CASTELLANOS')}{fl('First name', 'RAMON')}
<div style="display:flex;gap:8px">{fl('DOB', D(f['patient_dob'], 'us'), ' style="flex:3"')}{fl('Sex', 'M', ' style="flex:1"')}</div>
{fl('Phone', P(f['patient_phone'], 'dash'))}
{fl('Clinic MRN', f['patient_mrn'])}
{fl('Address', '2208 E 29TH AVE, SPOKANE WA 99223')}
<div style="display:flex;gap:8px">{fl('Height', HT, ' style="flex:1"')}{fl('Weight', '246 LB', ' style="flex:1"')}{fl('BMI', '36.3', ' style="flex:1"')}</div>
{fl('Neck circumference', '17.5 IN')}
</div></div>
<div class="sec"><h3>INSURANCE</h3><div class="b">
{fl('Plan', 'PREMERA BLUE CROSS')}{fl('Member ID', f['insurance_member_id'])}{fl('Group', '1000482')}
</div></div>
<div class="sec"><h3>REFERRING PROVIDER</h3><div class="b">
{fl('Name / credentials', 'MELISSA TRANG, ARNP')}{fl('NPI', f['referring_npi'])}
{fl('Clinic', 'NORTHPOINTE FAMILY MEDICINE')}
{fl('Phone', P(f['referring_phone'], 'dash'))}{fl('Fax (results)', P(f['referring_fax'], 'dash'))}
</div></div>
</div>
<div>
<div class="sec"><h3>ORDER &mdash; check all that apply</h3><div class="b">
{box(True)}Consultation with sleep physician, testing as indicated<br>
{box(False)}Home sleep apnea test (HSAT) only<br>
{box(False)}In-lab polysomnogram (PSG) &nbsp; {box(False)}Split-night<br>
{box(False)}CPAP/BiPAP titration &nbsp; {box(False)}MSLT / MWT<br>
{box(False)}Pulmonary consult (non-sleep) &nbsp; {box(False)}PFTs
{fl('Physician preference', 'DR. ANAND KRISHNAMURTHY')}
<div style="margin-top:3px">Priority: {box(True)}Routine &nbsp; {box(False)}Expedite (CDL driver, pre-op, pregnancy)</div>
</div></div>
<div class="sec"><h3>STOP-BANG (check each yes)</h3><div class="b" style="display:grid;grid-template-columns:1fr 1fr;column-gap:4px">
{''.join(f'<span>{box(c)}{l}</span>' for l, c in stopbang)}
</div><div class="b" style="padding-top:0">Total <span class="v">8 / 8</span> &nbsp;&nbsp; Epworth Sleepiness Scale <span class="v">15 / 24</span></div></div>
<div class="sec"><h3>HISTORY</h3><div class="b">
Prior sleep study? <span class="nw">{box(False)}Yes {box(True)}No</span> &nbsp; Current CPAP? <span class="nw">{box(False)}Yes {box(True)}No</span><br>
Drowsy driving / near-miss? <span class="nw">{box(True)}Yes {box(False)}No</span> &nbsp; Opioids? <span class="nw">{box(False)}Yes {box(True)}No</span><br>
Heart failure, COPD, stroke or neuromuscular disease? <span class="nw">{box(False)}Yes {box(True)}No</span>
</div></div>
</div></div>
<div class="sec"><h3>DIAGNOSIS AND REASON</h3><div class="b">
{fl('ICD-10', 'R06.83 SNORING &nbsp; R40.0 SOMNOLENCE &nbsp; I10 ESSENTIAL HYPERTENSION')}
{fl('Reason for referral', esc(f['reason']))}
</div></div>
<div style="display:flex;gap:14px;margin-top:22px">
{fl('Ordering provider signature', '<span style="font-family:Z003,cursive;font-size:14pt;font-weight:normal">Melissa Trang</span>', ' style="flex:3"')}
{fl('Date', D(f['referral_date'], 'us'), ' style="flex:2"')}</div>
<div class="ft"><span>CSPC-REF-07 (rev. 09/2025)</span><span>Questions? Call our referral line {P('5098352240', 'paren')}</span></div>
</div></div>"""
    return dict(html=page("NP03", css, body), fields=f, pages=1,
                kind="pulmonary_sleep_center_order_form_two_column_stopbang_epworth_arnp",
                mode="fine",
                fax=dict(when="03/11/2026 09:18", name="NORTHPOINTE FAM MED", number=f["referring_fax"],
                         to=spec_fax, fmt="d"))


# ====================================================================== NP04
def np04():
    """Bariatric surgery program's two-page referral form (Tampa), serif template, thin-ruled boxes, typed values
    in Nimbus Sans; BMI and comorbidity checklists, procedure of interest, supervised-diet documentation;
    page 1 skewed."""
    f = {
        "patient_last_name": "Delacroix-Hayes",
        "patient_first_name": "Monique",
        "patient_dob": "1986-05-22",
        "patient_sex": "F",
        "patient_phone": "8137025518",
        "patient_mrn": "0419927",
        "insurance_payer": "Florida Blue",
        "insurance_member_id": "H8R446017823",
        "referring_provider": "Samuel Adeyemi",
        "referring_npi": npi("139046218"),
        "referring_phone": "8136895040",
        "referring_fax": "8136895049",
        "referred_to_specialty": "general_surgery",
        "referred_to_provider": "Elena Marchetti",
        "diagnosis_codes": ["E66.01", "Z68.41", "I10", "G47.33"],
        "reason": "Class III obesity with BMI 41.8, hypertension and obstructive sleep apnea on CPAP despite 6 "
                  "months of supervised diet; refer for bariatric surgery evaluation.",
        "urgency": "routine",
        "referral_date": "2026-02-17",
    }
    css = """
body { font-family: 'Liberation Serif', 'Nimbus Roman', serif; font-size: 10.5pt; }
.hd { text-align:center; border-bottom:1px solid #000; padding-bottom:4px; }
.hd .n { font:bold 18pt 'P052', serif; letter-spacing:1px; }
.hd .d { font-size:9pt; font-style:italic; }
.hd .a { font-size:8.5pt; }
h1 { font:bold 13pt 'P052', serif; text-align:center; margin:7px 0 3px 0; }
.ins { font-size:8.5pt; text-align:center; margin-bottom:4px; }
h2 { font-size:11pt; margin:11px 0 3px 0; border-bottom:1.5px solid #000; font-variant:small-caps; letter-spacing:1px; }
table.b { width:100%; table-layout:fixed; }
table.b td { border:0.8px solid #000; padding:2px 4px 4px 4px; vertical-align:top; height:0.46in; }
table.b td i { display:block; font-size:7.5pt; font-style:normal; }
.v { font-family:'Nimbus Sans', 'Liberation Sans', sans-serif; font-size:10.3pt; }
.cl { line-height:1.7; font-size:9.5pt; }
.cols { columns:2; column-gap:18px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; font-style:italic; }
"""

    def td(label, value, span=1):
        return f'<td colspan="{span}"><i>{label}</i><span class="v">{value}</span></td>'

    spec_fax = "8138702311"
    head = f"""<div class="hd"><div class="n">GULF COAST BARIATRIC &amp; METABOLIC SURGERY</div>
<div class="d">A program of the Department of General Surgery, Hillsborough Surgical Specialists</div>
<div class="a">3000 W Kennedy Blvd, Suite 400, Tampa, FL 33609 &middot; Tel {P('8138702300')} &middot; Fax {P(spec_fax)}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{head}
<h1>Physician Referral for Weight-Loss Surgery</h1>
<div class="ins">Please complete both pages and fax to {P(spec_fax)} with the last two office notes, a current medication
list and documentation of any supervised weight-loss program. Patients are first invited to our free information seminar.</div>
<h2>Patient</h2>
<table class="b">
<tr>{td('Last name', 'Delacroix-Hayes', 2)}{td('First name', 'Monique')}{td('Date of birth', D(f['patient_dob'], 'us'))}</tr>
<tr>{td('Sex', box(False) + 'Male ' + box(True) + 'Female')}{td('Phone (cell)', P(f['patient_phone']))}{td('E-mail', 'mdhayes86@example.com')}{td('Chart #', f['patient_mrn'])}</tr>
<tr>{td('Address', '7712 N Armenia Ave, Apt 12, Tampa FL 33604', 3)}{td('Preferred contact', 'Text')}</tr>
</table>
<h2>Insurance</h2>
<table class="b">
<tr>{td('Carrier', f['insurance_payer'], 2)}{td('Member ID', f['insurance_member_id'])}{td('Group no.', '84271')}</tr>
<tr>{td('Subscriber', 'Self')}{td('Plan type', cbs(['PPO', 'HMO', 'Medicare'], {'PPO'}, ' '))}{td('Bariatric benefit verified?', box(False) + 'Yes ' + box(True) + 'Unknown', 2)}</tr>
</table>
<h2>Referring Physician</h2>
<table class="b">
<tr>{td('Name', 'Samuel Adeyemi, MD', 2)}{td('NPI', f['referring_npi'])}{td('Specialty', 'Internal Medicine')}</tr>
<tr>{td('Practice', 'Brandon Internal Medicine Associates', 2)}{td('Phone', P(f['referring_phone']))}{td('Fax', P(f['referring_fax']))}</tr>
</table>
<h2>Referral</h2>
<table class="b">
<tr>{td('Surgeon requested', 'Dr. Elena Marchetti', 2)}{td('Procedure of interest', box(True) + 'Sleeve ' + box(False) + 'Bypass ' + box(False) + 'Revision ' + box(False) + 'Undecided', 2)}</tr>
<tr>{td('Priority', box(True) + 'Routine ' + box(False) + 'Urgent (explain)', 2)}{td('Diagnosis codes (ICD-10)', 'E66.01, Z68.41, I10, G47.33', 2)}</tr>
<tr>{td('Reason for referral', esc(f['reason']), 4)}</tr>
</table>
<h2>Measurements (within 90 days)</h2>
<table class="b">
<tr>{td('Height', '5 ft 5 in')}{td('Weight', '250 lb')}{td('BMI', '41.8')}{td('Date measured', D('2026-02-10', 'us'))}</tr>
<tr>{td('Highest adult weight', '262 lb')}{td('Weight 12 months ago', '258 lb')}{td('Blood pressure', '148/92')}{td('Waist', '47 in')}</tr>
</table>
<div class="ft"><span>GCBMS Referral Form &middot; Rev. 2025-07</span><span>Page 1 of 2 &mdash; continue on page 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{head}
<h2>Obesity-related conditions (check all that apply)</h2>
<div class="cl cols">
{box(True)}Hypertension<br>{box(False)}Type 2 diabetes &nbsp; A1c: <span class="v">5.9</span><br>{box(True)}Obstructive sleep apnea (on CPAP)<br>
{box(False)}Hyperlipidemia<br>{box(True)}GERD<br>{box(True)}Osteoarthritis (knees)<br>{box(False)}Fatty liver (MASLD)<br>
{box(False)}Coronary disease / heart failure<br>{box(False)}Venous thromboembolism history<br>{box(False)}Infertility / PCOS<br>
{box(False)}Depression / anxiety (treated)<br>{box(False)}Tobacco use (must quit 8 wks pre-op)
</div>
<h2>Prior weight-loss attempts</h2>
<table class="b">
<tr>{td('Program', 'Physician-supervised diet (this office)', 2)}{td('From', D('2025-07-15', 'us'))}{td('To', D('2026-01-20', 'us'))}</tr>
<tr>{td('Monthly visits documented', box(True) + 'Yes ' + box(False) + 'No', 2)}{td('Anti-obesity medication', 'Phentermine 2019; semaglutide not covered', 2)}</tr>
<tr>{td('Commercial programs', 'Weight Watchers 2017, 2021', 2)}{td('Net change during program', '-8 lb', 2)}</tr>
</table>
<h2>Other history</h2>
<table class="b">
<tr>{td('Prior abdominal surgery', 'C-section 2014; laparoscopic cholecystectomy 2020', 4)}</tr>
<tr>{td('Current medications', 'Lisinopril 20 mg daily, omeprazole 20 mg daily, meloxicam 15 mg PRN, CPAP nightly', 4)}</tr>
<tr>{td('Mental health evaluation', box(False) + 'Done ' + box(True) + 'Not yet &mdash; please arrange', 2)}{td('Nutrition evaluation', box(False) + 'Done ' + box(True) + 'Not yet', 2)}</tr>
</table>
<h2>Attestation</h2>
<p style="font-size:9.5pt;line-height:1.4">I have discussed surgical weight-loss options with this patient and believe the patient may be an appropriate
candidate for evaluation by the Gulf Coast Bariatric &amp; Metabolic Surgery program. Office notes for the past 6 months are enclosed.</p>
<table class="b" style="margin-top:8px">
<tr><td style="height:0.45in"><i>Referring physician signature</i><span style="font-family:Z003,cursive;font-size:16pt">S. Adeyemi</span></td>
{td('Printed name', 'Samuel Adeyemi, MD')}{td('Date', D(f['referral_date'], 'us'))}</tr>
</table>
<p style="font-size:8.5pt;margin-top:14px;border:1px dashed #000;padding:4px">FOR PROGRAM USE ONLY &mdash; Received ______ &nbsp; Seminar date ______ &nbsp; Benefits verified by ______ &nbsp; Surgeon assigned ______</p>
<div class="ft"><span>GCBMS Referral Form &middot; Rev. 2025-07</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NP04", css, p1 + p2), fields=f, pages=2,
                kind="bariatric_general_surgery_two_page_referral_form_serif_boxes_bmi_comorbidity_checklists",
                mode="standard", skew={1: 1.1},
                fax=dict(when="02/17/2026 15:52", name="BRANDON INT MED ASSOC", number=f["referring_fax"],
                         to=spec_fax, fmt="g"))


# ====================================================================== NP05
def np05():
    """Fertility center's 'New Patient Referral' (Albany, NY; REI division of an OB/GYN department):
    DejaVu Serif template, bold sans typed values, partner section and LMP/cycle/AMH checklist as distractors,
    no urgency on the form, no provider preference, no MRN; referring FNP. Single page."""
    f = {
        "patient_last_name": "Nakamura",
        "patient_first_name": "Aiko",
        "patient_dob": "1990-10-30",
        "patient_sex": "F",
        "patient_phone": "5183716620",
        "insurance_payer": "MVP Health Care",
        "insurance_member_id": "MVP770418226-01",
        "referring_provider": "Kayla Brennan",
        "referring_npi": npi("171482639"),
        "referring_phone": "5183834700",
        "referring_fax": "5183834721",
        "referred_to_specialty": "obstetrics_gynecology",
        "diagnosis_codes": ["N97.0", "E28.2"],
        "reason": "Unable to conceive after 18 months with irregular cycles of 35 to 60 days; polycystic ovary "
                  "syndrome suspected. Requesting infertility evaluation and ovulation induction.",
        "urgency": "routine",
        "referral_date": "2026-03-02",
    }
    css = """
body { font-family: 'DejaVu Serif', serif; font-size: 8.9pt; }
.hd { display:flex; gap:10px; align-items:center; padding-bottom:5px; border-bottom:4px double #000; }
.lg { font:italic bold 26pt 'Z003', cursive; width:0.75in; text-align:center; border-right:1px solid #000; }
.hd .n { font:bold 14pt 'DejaVu Serif', serif; }
.hd .s { font-size:7.8pt; }
.hd .r { margin-left:auto; font-size:7.8pt; text-align:right; line-height:1.45; white-space:nowrap; }
h1 { font:bold 12pt 'DejaVu Sans', sans-serif; margin:7px 0 2px 0; }
.ins { font-size:7.8pt; margin-bottom:5px; line-height:1.35; }
.sec { font:bold 8.5pt 'DejaVu Sans', sans-serif; background:#dcdcdc; padding:2px 5px; margin:6px 0 2px 0; border-left:5px solid #000; }
.g { display:grid; grid-template-columns: 1.15in 1fr 1.15in 1fr; row-gap:5px; column-gap:4px; align-items:baseline; }
.g .l { font-size:7.8pt; text-align:right; }
.g .v { border-bottom:0.8px solid #000; font:bold 9.2pt 'Nimbus Sans', 'Liberation Sans', sans-serif; min-height:1.2em; padding-left:3px; }
.g .w { grid-column: span 3; }
.cl { line-height:1.7; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; text-align:center; border-top:1px solid #000; padding-top:2px; }
"""

    def g(*pairs):
        out = ""
        for l, v, *w in pairs:
            out += f'<span class="l">{l}</span><span class="v{" w" if w else ""}">{v}</span>'
        return f'<div class="g">{out}</div>'

    spec_fax = "5184879031"
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="lg">CR</div><div><div class="n">Capital Region Fertility</div>
<div class="s">Reproductive Endocrinology &amp; Infertility &middot; Department of Obstetrics &amp; Gynecology<br>Hudson Valley Women's Health Partners</div></div>
<div class="r">1220 New Scotland Rd, Building B<br>Slingerlands, NY 12159<br>New patients {P('5184879000', 'dot')}<br>Fax {P(spec_fax, 'dot')}</div></div>
<h1>New Patient Referral &mdash; Fertility Evaluation</h1>
<div class="ins">Please fax this form to <b>{P(spec_fax, 'dot')}</b> with the last office note and any labs (TSH, prolactin, AMH, HSG,
semen analysis). Patients may also self-refer at the number above. We will contact the patient within 5 business days.</div>
<div class="sec">PATIENT</div>
{g(('Last name', 'NAKAMURA'), ('First name', 'AIKO'), ('Date of birth', D(f['patient_dob'], 'us')), ('Sex at birth', 'FEMALE'),
   ('Phone', P(f['patient_phone'], 'dot')), ('E-mail', 'aiko.n.home@example.com'), ('Address', '31 VLY VIEW DR, CLIFTON PARK NY 12065', 1))}
<div class="sec">PARTNER (if applicable)</div>
{g(('Partner name', 'DANIEL REYES'), ('Partner DOB', D('1988-04-12', 'us')), ('Partner phone', P('5183716648', 'dot')), ('Partner insurance', 'SAME'))}
<div class="sec">INSURANCE</div>
{g(('Insurance', 'MVP HEALTH CARE'), ('Member ID', f['insurance_member_id']), ('Subscriber', 'SELF'), ('Fertility rider', 'UNKNOWN'))}
<div class="sec">REFERRING CLINICIAN</div>
{g(('Name', 'KAYLA BRENNAN, FNP-C'), ('NPI', f['referring_npi']), ('Practice', 'CLIFTON PARK FAMILY HEALTH'), ('Phone', P(f['referring_phone'], 'dot')),
   ('Fax', P(f['referring_fax'], 'dot')), ('Date', D(f['referral_date'], 'us')))}
<div class="sec">REPRODUCTIVE HISTORY</div>
{g(('LMP', D('2026-01-19', 'us')), ('Cycle length', '35-60 DAYS, IRREGULAR'), ('Gravida / Para', 'G0 P0'), ('Trying to conceive', '18 MONTHS'),
   ('AMH', '6.8 NG/ML (' + D('2026-02-05', 'mdyy') + ')'), ('TSH / Prolactin', '1.9 / 11'), ('HSG', 'NOT DONE'), ('Semen analysis', 'NOT DONE'))}
<div class="cl" style="margin-top:4px">
Known / suspected: {cbs(['PCOS', 'Endometriosis', 'Tubal factor', 'Male factor', 'Recurrent loss', 'Unexplained', 'Fertility preservation'], {'PCOS'})}<br>
Services requested: {cbs(['Infertility evaluation', 'Ovulation induction', 'IUI', 'IVF consult', 'Egg freezing', 'Donor / gestational carrier'], {'Infertility evaluation', 'Ovulation induction'})}<br>
Physician preference: {box(True)}No preference &nbsp; {box(False)}Dr. Priya Venkataraman &nbsp; {box(False)}Dr. Colin Ashby &nbsp; {box(False)}Dr. Ruth Adebayo-Klein
</div>
<div class="sec">DIAGNOSIS / REASON FOR REFERRAL</div>
{g(('ICD-10 code(s)', 'N97.0 &nbsp; E28.2', 1), ('Reason', esc(f['reason'].upper()), 1))}
<div style="display:flex;gap:16px;margin-top:18px;font-size:7.8pt;align-items:flex-end">
<div style="flex:3"><div style="font:15pt Z003,cursive;border-bottom:1px solid #000;padding-left:6px">Kayla Brennan FNP</div>Signature of referring clinician</div>
<div style="flex:2"><div style="border-bottom:1px solid #000;padding-bottom:2px">Office contact: JEN (REFERRALS) ext. 224</div>&nbsp;</div></div>
<div class="ft">Capital Region Fertility &middot; Referral form CRF-100 (03/2025) &middot; Fax {P(spec_fax, 'dot')} &middot; This form contains protected health information.</div>
</div></div>"""
    return dict(html=page("NP05", css, body), fields=f, pages=1,
                kind="fertility_rei_obgyn_referral_grid_partner_section_lmp_distractors_no_urgency_fnp",
                mode="fine", urgency_printed=False,
                fax=dict(when="03/02/2026 11:47", name="CLIFTON PARK FAM HLTH", number=f["referring_fax"],
                         to=spec_fax, fmt="e"))
