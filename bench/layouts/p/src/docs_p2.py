"""NC06-NC10 document builders. Each returns dict(html, fields, pages, kind, mode, fax)."""
from common import npi, P, D, box, page, esc


# ====================================================================== NC06
def nc06():
    """Hospitalist discharge referral (two pages): patient banner with MRN and FIN, discharge diagnoses,
    'Follow-up appointments needed' table (pulmonology referral + PCP + labs), medications on page 2."""
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Stanley",
        "patient_dob": "1949-01-26",
        "patient_sex": "M",
        "patient_phone": "4128813307",
        "patient_mrn": "M00729184",
        "insurance_payer": "Medicare",
        "insurance_member_id": "5TQ8-WG2-NF41",
        "referring_provider": "Priyanka Deshmukh",
        "referring_npi": npi("195518730"),
        "referring_phone": "4125786600",
        "referring_fax": "4125786615",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Sunil Mehra",
        "diagnosis_codes": ["J44.1", "J96.11"],
        "reason": "Post-discharge follow-up after COPD exacerbation requiring BiPAP, new home oxygen 2 L/min. "
                  "Please reassess oxygen needs and optimize inhaler regimen; consider pulmonary rehab.",
        "urgency": "urgent",
        "referral_date": "2026-11-02",
    }
    pcp_npi = npi("141127785")
    css = """
body { font-family: 'Liberation Sans Narrow', 'Arial Narrow', sans-serif; font-size: 10pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2.5px solid #000; padding-bottom:3px; }
.hd .n { font-size:15pt; font-weight:bold; }
.hd .r { text-align:right; font-size:9pt; }
h1 { font-size:13pt; margin:6px 0 5px 0; }
.pb { border:1.5px solid #000; display:grid; grid-template-columns: 1.25fr 1fr 1fr; font-size:9.5pt; }
.pb div { padding:2px 6px; border-bottom:0.5px solid #777; }
.pb b { display:inline-block; width:0.85in; }
h2 { font-size:10.5pt; background:#cfcfcf; padding:2px 5px; margin:8px 0 3px 0; border-left:5px solid #000; }
table.t { width:100%; border:1px solid #000; }
table.t th, table.t td { border:1px solid #000; padding:2px 4px; text-align:left; vertical-align:top; font-size:9.5pt; }
table.t th { background:#e0e0e0; }
.kv { display:flex; margin:1.5px 0; }
.kv b { width:1.55in; flex:none; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
ul { margin:2px 0; padding-left:18px; }
"""
    banner = f"""
<div class="pb">
<div><b>Patient:</b>KOWALCZYK, STANLEY J</div><div><b>MRN:</b>{f['patient_mrn']}</div><div><b>FIN:</b>4400918273</div>
<div><b>DOB:</b>{D(f['patient_dob'], 'us')} (77 yrs)</div><div><b>Sex:</b>Male</div><div><b>Unit/Rm:</b>5 West 512-B</div>
<div><b>Admit:</b>{D('2026-10-28', 'us')}</div><div><b>Discharge:</b>{D('2026-11-02', 'us')}</div><div><b>Disp:</b>Home w/ home O2</div>
</div>"""
    hdr = f"""<div class="hd"><div><div class="n">MERCY RIDGE MEDICAL CENTER</div>Hospital Medicine Service &middot; 1400 Locust Street, Pittsburgh, PA 15219</div>
<div class="r">Hospitalist office {P(f['referring_phone'], 'paren')}<br>Hospitalist fax {P(f['referring_fax'], 'paren')}<br>Main hospital {P('4125786000', 'paren')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hdr}
<h1>DISCHARGE REFERRAL &ndash; TRANSITION OF CARE</h1>
{banner}
<h2>Contact / Coverage</h2>
<div class="kv"><b>Home phone:</b><span>{P(f['patient_phone'], 'dash')}</span></div>
<div class="kv"><b>Address:</b><span>77 Hazelwood Ave, Pittsburgh, PA 15207</span></div>
<div class="kv"><b>Emergency contact:</b><span>Anna Kowalczyk-Reyes (daughter) {P('4126390872', 'dash')}</span></div>
<div class="kv"><b>Primary payer:</b><span>{f['insurance_payer']} &nbsp;&nbsp; MBI: {f['insurance_member_id']}</span></div>
<div class="kv"><b>Secondary payer:</b><span>AARP Medicare Supplement Plan G &nbsp;&nbsp; ID: 38822190411</span></div>
<div class="kv"><b>PCP:</b><span>Walter Brandt, MD (NPI {pcp_npi}) &nbsp; Phone {P('4124216100', 'dash')}</span></div>
<h2>Discharge Diagnoses</h2>
<ul><li>Principal: COPD with acute exacerbation (J44.1)</li>
<li>Chronic respiratory failure with hypoxia, new home oxygen (J96.11)</li>
<li>Other active problems: hypertension, hyperlipidemia, former smoker (45 pack-years, quit 2019)</li></ul>
<h2>Hospital Course (brief)</h2>
<div>Admitted with 4 days of increased dyspnea and purulent sputum, SpO2 82% on room air. Required BiPAP for 36 hours
in step-down, treated with nebulized bronchodilators, IV methylprednisolone then prednisone taper, and doxycycline.
Ambulatory SpO2 on day of discharge 86% RA, 92% on 2 L/min. CXR without pneumonia. No prior PFTs on file.</div>
<h2>Referral</h2>
<div class="kv"><b>Referred to:</b><span>Pulmonology &ndash; Sunil Mehra, MD, Three Rivers Pulmonary Associates</span></div>
<div class="kv"><b>Specialist phone/fax:</b><span>{P('4126821950', 'paren')} / {P('4126821958', 'paren')}</span></div>
<div class="kv"><b>Priority:</b><span>Urgent &ndash; appointment within 7 days of discharge</span></div>
<div class="kv"><b>Reason for referral:</b><span>{esc(f['reason'])}</span></div>
<h2>Follow-up appointments needed</h2>
<table class="t">
<tr><th>With</th><th>Specialty / Service</th><th>When</th><th>Phone</th><th>Status</th></tr>
<tr><td>Sunil Mehra, MD</td><td>Pulmonology</td><td>Within 7 days</td><td>{P('4126821950', 'paren')}</td><td>Referral faxed; office to call patient</td></tr>
<tr><td>Walter Brandt, MD</td><td>Primary care (PCP)</td><td>7&ndash;14 days</td><td>{P('4124216100', 'paren')}</td><td>Patient to schedule</td></tr>
<tr><td>Lab</td><td>BMP, CBC</td><td>At PCP visit</td><td>&mdash;</td><td>Order given</td></tr>
<tr><td>Apria Healthcare</td><td>Home oxygen (DME)</td><td>Delivered {D('2026-11-02', 'us')}</td><td>{P('8004931122', 'one')}</td><td>Set up</td></tr>
</table>
<div class="ft"><span>KOWALCZYK, STANLEY J &middot; MRN {f['patient_mrn']} &middot; Printed on {D('2026-11-02', 'us')} 14:05</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hdr}
<div style="margin-top:6px"></div>
{banner}
<h2>Discharge Medications</h2>
<table class="t">
<tr><th>Medication</th><th>Instructions</th><th>Status</th></tr>
<tr><td>Prednisone 10 mg tablet</td><td>40 mg daily x 2 days, 20 mg x 2 days, 10 mg x 2 days, then stop</td><td>NEW</td></tr>
<tr><td>Doxycycline 100 mg capsule</td><td>1 capsule by mouth twice daily x 3 more days</td><td>NEW</td></tr>
<tr><td>Fluticasone-umeclidinium-vilanterol 100-62.5-25 mcg inhaler</td><td>1 inhalation daily</td><td>NEW (replaces tiotropium)</td></tr>
<tr><td>Albuterol HFA 90 mcg</td><td>2 puffs every 4 hours as needed</td><td>Continue</td></tr>
<tr><td>Oxygen</td><td>2 L/min nasal cannula with exertion and sleep</td><td>NEW</td></tr>
<tr><td>Amlodipine 5 mg</td><td>1 tablet daily</td><td>Continue</td></tr>
<tr><td>Atorvastatin 40 mg</td><td>1 tablet at bedtime</td><td>Continue</td></tr>
<tr><td>Tiotropium 18 mcg</td><td>&mdash;</td><td>STOP</td></tr>
</table>
<h2>Pending at Discharge</h2>
<div>Sputum culture (final). Alpha-1 antitrypsin level. Results will be routed to the PCP and the pulmonologist.</div>
<h2>Patient Instructions</h2>
<div>Use oxygen as prescribed. Return to the ED for worsening shortness of breath, chest pain, confusion or fever over
101&deg;F. No smoking or open flames near oxygen. Bring all inhalers to your pulmonology appointment.</div>
<h2>Discharging Physician</h2>
<div class="kv"><b>Hospitalist:</b><span>Priyanka Deshmukh, MD</span></div>
<div class="kv"><b>NPI:</b><span>{f['referring_npi']}</span></div>
<div class="kv"><b>Office / fax:</b><span>{P(f['referring_phone'], 'paren')} / {P(f['referring_fax'], 'paren')}</span></div>
<div class="kv"><b>Case manager:</b><span>Tricia Lowe, RN &nbsp; {P('4125786631', 'paren')}</span></div>
<div style="margin-top:14px">Electronically signed: Priyanka Deshmukh, MD &nbsp; {D('2026-11-02', 'us')} 13:42</div>
<div class="ft"><span>KOWALCZYK, STANLEY J &middot; MRN {f['patient_mrn']} &middot; Printed on {D('2026-11-02', 'us')} 14:05</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NC06", css, p1 + p2), fields=f, pages=2,
                kind="hospitalist_discharge_referral_follow_up_appointments_table_two_pages_to_pulmonology",
                mode="fine",
                fax=dict(when="11/02/2026 14:11", name="MERCY RIDGE HOSP MED", number=f["referring_fax"],
                         to="THREE RIVERS PULM", fmt="h"))


# ====================================================================== NC07
def nc07():
    """Consultation request with the patient's demographics only on a sticker-like label (top right, mono
    font, uppercase, 03-NOV-2026 style dates); ICD-10 codes printed without dots; internal medicine to urology."""
    f = {
        "patient_last_name": "Delacroix",
        "patient_first_name": "Raymond",
        "patient_dob": "1954-02-14",
        "patient_sex": "M",
        "patient_phone": "5048321176",
        "patient_mrn": "00381926",
        "insurance_payer": "Peoples Health",
        "insurance_member_id": "PH4021873301",
        "referring_provider": "Carlos Ramirez",
        "referring_npi": npi("103358417"),
        "referring_phone": "5048362200",
        "referring_fax": "5048362290",
        "referred_to_specialty": "urology",
        "diagnosis_codes": ["N40.1", "R97.20"],
        "reason": "Rising PSA 4.1 to 6.8 over 12 months with nocturia x3 and weak stream on tamsulosin. "
                  "Please evaluate; consider MRI prostate and biopsy.",
        "urgency": "routine",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'Nimbus Sans Narrow', 'Liberation Sans Narrow', sans-serif; font-size: 10.5pt; }
.top { display:flex; justify-content:space-between; align-items:flex-start; }
.lh .n { font-family:'URW Gothic', sans-serif; font-size:17pt; font-weight:bold; letter-spacing:1px; }
.lh .s { font-size:9.5pt; line-height:1.35; }
.stk { width:3.05in; border:1.5px solid #000; border-radius:9px; padding:6px 8px; font-family:'Nimbus Mono PS','Liberation Mono',monospace;
       font-size:9pt; line-height:1.3; transform:rotate(-1.2deg); margin-top:2px; }
.stk .bc { height:20px; margin-top:3px; background: repeating-linear-gradient(90deg,#000 0 2px,#fff 2px 4px,#000 4px 5px,#fff 5px 8px,#000 8px 11px,#fff 11px 12px); }
h1 { font-size:15pt; margin:14px 0 8px 0; border-bottom:1.5px solid #000; }
.kv { display:flex; margin:4px 0; }
.kv b { width:1.7in; flex:none; }
.box2 { border:1px solid #000; padding:6px 8px; margin:6px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
.sgl { display:inline-block; width:2.8in; border-bottom:1px solid #000; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="top"><div class="lh"><div class="n">BROOKHAVEN MEDICAL GROUP</div>
<div class="s">Internal Medicine &amp; Geriatrics<br>3600 Prytania St, Suite 210, New Orleans, LA 70115<br>
Carlos A. Ramirez, MD &nbsp;&middot;&nbsp; Jennifer Thibodeaux, MD<br>Tel {P(f['referring_phone'], 'dot')} &nbsp; Fax {P(f['referring_fax'], 'dot')}</div></div>
<div class="stk">DELACROIX, RAYMOND P<br>DOB: {D(f['patient_dob'], 'cerner_uc')} &nbsp; 72Y &nbsp; M<br>MRN: {f['patient_mrn']} &nbsp; ACCT: 9920184471<br>
PH: {P(f['patient_phone'], 'paren')}<br>VISIT: {D('2026-10-30', 'cerner_uc')} &nbsp; BMG-IM<div class="bc"></div></div></div>
<h1>Request for Urology Consultation</h1>
<div class="kv"><b>Date:</b><span>{D(f['referral_date'], 'cerner_uc')}</span></div>
<div class="kv"><b>To:</b><span>Crescent City Urology &ndash; attn: ______________________</span></div>
<div class="kv"><b>Urology phone / fax:</b><span>{P('5048975530', 'dot')} / {P('5048975539', 'dot')}</span></div>
<div class="kv"><b>Patient:</b><span>see label above</span></div>
<div class="kv"><b>Insurance:</b><span>{f['insurance_payer']} (Medicare Advantage HMO)</span></div>
<div class="kv"><b>Member #:</b><span>{f['insurance_member_id']} &nbsp;&nbsp; <b style="width:auto">&nbsp;Auth:</b>&nbsp;on file, #A77812</span></div>
<div class="kv"><b>Guarantor:</b><span>Delacroix, Raymond P (self) &nbsp; {P('5048321176', 'dot')}</span></div>
<div class="kv"><b>Emergency contact:</b><span>Yvette Delacroix (wife) {P('5048329045', 'dot')}</span></div>
<div class="box2"><b>Reason for consultation:</b><br>{esc(f['reason'])}</div>
<div class="box2"><b>ICD-10:</b> N401 &nbsp;BPH with lower urinary tract symptoms &nbsp;&nbsp;|&nbsp;&nbsp; R9720 &nbsp;Elevated prostate specific antigen [PSA]</div>
<div class="box2"><b>PSA history:</b> 4.1 ng/mL ({D('2025-10-21', 'cerner_uc')}) &rarr; 5.2 ({D('2026-04-15', 'cerner_uc')}) &rarr; 6.8 ({D('2026-10-30', 'cerner_uc')}).
UA negative. Cr 1.0. Meds: tamsulosin 0.4 mg qhs, lisinopril 10 mg, metformin 500 mg BID.</div>
<div class="kv" style="margin-top:8px"><b>Priority:</b><span>{box(True)}Routine &nbsp;&nbsp;{box(False)}Urgent &nbsp;&nbsp;{box(False)}Emergent</span></div>
<div class="kv"><b>Requested:</b><span>{box(True)}Consult &amp; treat &nbsp;&nbsp;{box(False)}Consult only &nbsp;&nbsp;{box(False)}Procedure</span></div>
<div class="kv" style="margin-top:14px"><b>Requesting physician:</b><span>Carlos A. Ramirez, MD</span></div>
<div class="kv"><b>NPI:</b><span>{f['referring_npi']}</span></div>
<div class="kv" style="margin-top:18px"><b>Signature:</b><span><span class="sgl">&nbsp;</span>&nbsp; Date: ____________</span></div>
<div class="ft"><span>BMG Consult Request &middot; rev. 01-JUL-2024</span><span>Printed 03-NOV-2026 08:52 &middot; Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NC07", css, body), fields=f, pages=1,
                kind="consult_request_patient_sticker_label_top_right_undotted_icd_internal_medicine_to_urology",
                mode="standard",
                fax=dict(when="11/03/26 09:03", name="BROOKHAVEN MED GRP", number=f["referring_fax"],
                         to="5048975539", fmt="e"))


# ====================================================================== NC08
def nc08():
    """Specialist intake 'Referral Fax Back Form' (the psychiatry practice's own blank form, its intake fax
    prominent), filled in by the PCP office in a typewriter-like font; urgent checkbox; no named psychiatrist."""
    f = {
        "patient_last_name": "Ferraro",
        "patient_first_name": "Dominic",
        "patient_dob": "1987-07-04",
        "patient_sex": "M",
        "patient_phone": "7732965518",
        "insurance_payer": "Blue Cross Blue Shield of Illinois",
        "insurance_member_id": "XOF905521774",
        "referring_provider": "Naomi Castellanos",
        "referring_npi": npi("179204635"),
        "referring_phone": "7735491200",
        "referring_fax": "7735491230",
        "referred_to_specialty": "psychiatry",
        "diagnosis_codes": ["F33.1", "F41.1"],
        "reason": "Recurrent depression with worsening anxiety despite sertraline 200 mg and bupropion XL 300 mg; "
                  "needs medication management. No current SI.",
        "urgency": "urgent",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'URW Bookman', 'Bookman Old Style', serif; font-size: 9.3pt; }
.v { font-family:'Liberation Mono','Courier New',monospace; font-size:10pt; font-weight:bold; }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom:2px solid #000; padding-bottom:4px; }
.hd .n { font-size:14pt; font-weight:bold; }
.hd .r { text-align:right; font-size:8.5pt; }
h1 { text-align:center; font-size:15pt; margin:6px 0 2px 0; letter-spacing:1px; }
.ins { text-align:center; font-size:9pt; margin-bottom:6px; border:1.5px solid #000; padding:3px; }
.ins b { font-size:11pt; }
fieldset { border:1px solid #000; margin:6px 0; padding:2px 8px 5px 8px; }
legend { font-weight:bold; font-size:9.5pt; padding:0 4px; }
.row { display:flex; gap:12px; margin:4px 0; align-items:flex-end; }
.fl { display:flex; flex:1; align-items:flex-end; }
.fl .lb { white-space:nowrap; margin-right:4px; }
.fl .ul { flex:1; border-bottom:1px solid #000; padding-left:4px; min-height:16px; }
.ml { border-bottom:1px solid #000; min-height:17px; padding-left:4px; margin:2px 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""

    def fl(lb, val="", flex=1):
        return f'<div class="fl" style="flex:{flex}"><span class="lb">{lb}</span><span class="ul v">{val}</span></div>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Lakeshore Behavioral Health</div>Adult Outpatient Psychiatry &middot; 4753 N Broadway, Suite 900, Chicago, IL 60640</div>
<div class="r">Intake line {P('7734048800', 'dash')}<br>Intake fax {P('7734048815', 'dash')}<br>Clinic main {P('7734048700', 'dash')}</div></div>
<h1>REFERRAL FAX BACK FORM</h1>
<div class="ins">Please complete ALL fields and fax with the last office note and medication list to <b>{P('7734048815', 'dash')}</b>.<br>
Incomplete referrals will be returned. For emergencies send the patient to the nearest ED or call 988.</div>
<fieldset><legend>Patient</legend>
<div class="row">{fl('Last name:', 'Ferraro')}{fl('First name:', 'Dominic')}{fl('MI:', 'A', 0.3)}</div>
<div class="row">{fl('Date of birth:', D(f['patient_dob'], 'us'))}<div class="fl" style="flex:1"><span class="lb">Sex: &nbsp;{box(True)}M &nbsp;{box(False)}F &nbsp;{box(False)}Other</span></div></div>
<div class="row">{fl('Best phone:', P(f['patient_phone'], 'dash'))}{fl('OK to leave message?', 'Yes')}</div>
<div class="row">{fl('Address:', '3318 W Belden Ave, Chicago, IL 60647', 2)}</div>
<div class="row">{fl('Emergency contact / relationship / phone:', 'Gina Ferraro, sister, ' + P('7732960144', 'dash'), 2)}</div>
</fieldset>
<fieldset><legend>Insurance</legend>
<div class="row">{fl('Insurance plan:', f['insurance_payer'], 2)}{fl('Member ID:', f['insurance_member_id'], 1.4)}</div>
<div class="row">{fl('Group #:', 'B07712')}{fl('Policy holder:', 'self')}{fl('Secondary:', '')}</div>
</fieldset>
<fieldset><legend>Referring provider</legend>
<div class="row">{fl('Name/credentials:', 'Naomi Castellanos, MD', 1.4)}{fl('NPI:', f['referring_npi'])}</div>
<div class="row">{fl('Practice:', 'Logan Square Family Health', 1.4)}{fl('Office phone:', P(f['referring_phone'], 'dash'))}</div>
<div class="row">{fl('Office fax (for our reply):', P(f['referring_fax'], 'dash'))}{fl('Contact person:', 'Ana (MA) x104')}</div>
</fieldset>
<fieldset><legend>Clinical</legend>
<div class="row">{fl('Diagnosis (ICD-10):', 'F33.1 MDD, recurrent, moderate; F41.1 Generalized anxiety disorder', 3)}</div>
<div>Reason for referral / question for the psychiatrist:</div>
<div class="ml v">{esc(f['reason'])}</div>
<div class="row">{fl('Current psychiatric medications:', 'sertraline 200 mg daily, bupropion XL 300 mg daily, hydroxyzine 25 mg prn', 3)}</div>
<div class="row"><div class="fl"><span class="lb">Suicidal ideation in the last 30 days? &nbsp;{box(False)}Yes &nbsp;{box(True)}No &nbsp;&nbsp; Substance use concerns? &nbsp;{box(False)}Yes &nbsp;{box(True)}No</span></div></div>
<div class="row"><div class="fl"><span class="lb">Prior psychiatric hospitalization? &nbsp;{box(False)}Yes &nbsp;{box(True)}No &nbsp;&nbsp; Patient aware of referral? &nbsp;{box(True)}Yes &nbsp;{box(False)}No</span></div></div>
<div class="row"><div class="fl"><span class="lb">Urgency: &nbsp;{box(False)}Routine (4&ndash;6 weeks) &nbsp; {box(True)}Urgent (within 1 week) &nbsp; {box(False)}Emergent &ndash; do not fax, send to ED</span></div></div>
<div class="row">{fl('Preferred psychiatrist (if any):', '')}{fl('Telehealth OK?', 'Yes')}</div>
</fieldset>
<div class="row" style="margin-top:8px">{fl('Signature of referring provider:', '<i>/s/ N. Castellanos MD</i>', 2)}{fl('Date:', D(f['referral_date'], 'mmddyy'))}</div>
<fieldset><legend>For LBH office use only</legend>
<div class="row">{fl('Intake #:')}{fl('Received:')}{fl('Reviewed by:')}{fl('Appt:')}</div></fieldset>
<div class="ft"><span>LBH-INT-014 &middot; rev 06/2025</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NC08", css, body), fields=f, pages=1,
                kind="specialist_blank_referral_fax_back_form_filled_by_pcp_typewriter_values_to_psychiatry",
                mode="fine",
                fax=dict(when="NOV 03 2026 4:37PM", name="LOGAN SQ FAMILY HLTH", number=f["referring_fax"],
                         to="LBH INTAKE", fmt="f"))


# ====================================================================== NC09
def nc09():
    """Short urgent note on letterhead with a large rotated 'URGENT' stamp; few fields (no MRN, sex or
    named endocrinologist); family medicine to endocrinology."""
    f = {
        "patient_last_name": "Gutierrez",
        "patient_first_name": "Alma",
        "patient_dob": "1977-02-03",
        "patient_phone": "5592718840",
        "insurance_payer": "Anthem Blue Cross Medi-Cal",
        "insurance_member_id": "91827364A",
        "referring_provider": "Elena Sokolova",
        "referring_npi": npi("160072913"),
        "referring_phone": "5592716000",
        "referring_fax": "5592716011",
        "referred_to_specialty": "endocrinology",
        "diagnosis_codes": ["E11.65", "R63.4"],
        "reason": "new severe hyperglycemia: A1c 13.4%, random glucose 412 mg/dL and 15 lb weight loss over 2 months",
        "urgency": "urgent",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'P052', 'Palatino Linotype', serif; font-size: 12pt; }
.lh { border-bottom:1px solid #000; padding-bottom:5px; display:flex; justify-content:space-between; align-items:flex-end; }
.lh .n { font-size:19pt; font-style:italic; font-weight:bold; }
.lh .s { font-size:9.5pt; text-align:right; line-height:1.35; }
.docs { font-size:10pt; margin:3px 0 22px 0; }
table.to { font-size:12pt; margin-bottom:16px; }
table.to td { padding:3px 12px 3px 0; vertical-align:top; }
p { line-height:1.5; margin:10px 0; }
.stamp { position:absolute; top:5.45in; right:0.8in; transform:rotate(-14deg); border:5px double #000; padding:4px 20px;
         font-family:'Nimbus Sans', Arial, sans-serif; font-weight:bold; font-size:46pt; letter-spacing:6px; }
.sig { font-family:'Z003', cursive; font-size:22pt; margin:14px 0 0 0; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8.5pt; text-align:center; border-top:1px solid #000; padding-top:3px; }
"""
    body = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">Pinecrest Family Health Center</div>
<div class="s">2650 N Fine Ave, Fresno, CA 93727<br>Tel {P(f['referring_phone'], 'paren_nosp')} &middot; Fax {P(f['referring_fax'], 'paren_nosp')}</div></div>
<div class="docs">Elena Sokolova, MD &nbsp;&middot;&nbsp; Brian Ashworth, MD &nbsp;&middot;&nbsp; Family Medicine</div>
<table class="to">
<tr><td><b>To:</b></td><td>Endocrinology &ndash; Valley Endocrine &amp; Diabetes Center<br>Fax {P('5594473391', 'paren_nosp')} &middot; Tel {P('5594473300', 'paren_nosp')}</td></tr>
<tr><td><b>Re:</b></td><td>Gutierrez, Alma &nbsp;&nbsp; DOB {D(f['patient_dob'], 'us_short')}</td></tr>
<tr><td><b>Phone:</b></td><td>{P(f['patient_phone'], 'dash')} (Spanish-speaking; daughter Rosa interprets)</td></tr>
<tr><td><b>Ins:</b></td><td>{f['insurance_payer']} &nbsp; ID {f['insurance_member_id']}</td></tr>
<tr><td><b>Dx:</b></td><td>E11.65 &nbsp;&nbsp; R63.4</td></tr>
</table>
<p>Please see this patient urgently for {esc(f['reason'])}. Urine ketones negative, not acidotic. I started
insulin glargine 10 units nightly today and she has a glucometer. Please also evaluate for LADA (GAD antibodies
pending).</p>
<p>Our office will call your intake line today to confirm receipt. Labs of {D('2026-10-31', 'us_short')} are attached.</p>
<p>Thank you,</p>
<div class="sig">Elena Sokolova</div>
<p style="margin-top:0">Elena Sokolova, MD &nbsp; NPI {f['referring_npi']}<br>{D(f['referral_date'], 'dmy_short')}</p>
<div class="ft">Pinecrest Family Health Center &middot; a community health center &middot; after hours nurse line {P('5592716099', 'paren_nosp')}</div>
</div><div class="stamp">URGENT</div></div>"""
    return dict(html=page("NC09", css, body), fields=f, pages=1,
                kind="short_urgent_note_large_rotated_urgent_stamp_family_medicine_to_endocrinology",
                mode="standard",
                fax=dict(when="11/03/2026 10:48", name="PINECREST FHC", number=f["referring_fax"],
                         to="5594473391", fmt="a"))


# ====================================================================== NC10
def nc10():
    """Multispecialty clinic 'Consultation Request' as a boxed grid form with small caps captions,
    a diagnosis section listing 'Primary Dx' and 'Secondary Dx' each with code and text, guarantor block,
    elective/routine priority; internal medicine to general surgery."""
    f = {
        "patient_last_name": "O'Sullivan",
        "patient_first_name": "Maeve",
        "patient_dob": "1965-08-12",
        "patient_sex": "F",
        "patient_phone": "2532846619",
        "patient_mrn": "NMC-4471906",
        "insurance_payer": "Premera Blue Cross",
        "insurance_member_id": "PRM448019273",
        "referring_provider": "Lindsay Marsh",
        "referring_npi": npi("108826394"),
        "referring_phone": "2532846000",
        "referring_fax": "2532846090",
        "referred_to_specialty": "general_surgery",
        "referred_to_provider": "Howard Lin",
        "diagnosis_codes": ["K80.20", "K42.9"],
        "reason": "Recurrent postprandial RUQ pain with gallstones on ultrasound; small reducible umbilical hernia. "
                  "Evaluate for laparoscopic cholecystectomy and hernia repair.",
        "urgency": "routine",
        "referral_date": "2026-11-04",
    }
    css = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; }
.hd .n { font-family:'DejaVu Serif', serif; font-size:15pt; font-weight:bold; }
.hd .r { font-size:8.5pt; text-align:right; }
h1 { margin:6px 0 6px 0; font-size:13pt; text-align:center; background:#000; color:#fff; padding:3px; letter-spacing:2px; }
table.bx { width:100%; border:1.5px solid #000; table-layout:fixed; }
table.bx td { border:1px solid #000; padding:1px 5px 3px 5px; vertical-align:top; height:0.36in; }
table.bx td .c { display:block; font-size:6.5pt; text-transform:uppercase; letter-spacing:0.4px; margin-bottom:1px; }
table.bx td.sec { height:auto; background:#d6d6d6; font-weight:bold; font-size:9pt; padding:2px 5px; }
.dx td { height:auto !important; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""

    def c(cap, val, span=1):
        return f'<td colspan="{span}"><span class="c">{cap}</span>{val}</td>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Northgate Multispecialty Clinic</div>Department of Internal Medicine &middot; 1201 S Proctor St, Tacoma, WA 98405</div>
<div class="r">Internal Medicine {P(f['referring_phone'], 'dash')}<br>IM Fax {P(f['referring_fax'], 'dash')}<br>Central Scheduling {P('2532846100', 'dash')}</div></div>
<h1>CONSULTATION REQUEST</h1>
<table class="bx">
<tr><td colspan="6" class="sec">1. PATIENT</td></tr>
<tr>{c('Last name', "O'Sullivan", 2)}{c('First name', 'Maeve', 2)}{c('MI', 'K')}{c('Sex', 'F')}</tr>
<tr>{c('Date of birth', D(f['patient_dob'], 'us'), 2)}{c('Medical record no.', f['patient_mrn'], 2)}{c('Home / cell phone', P(f['patient_phone'], 'paren'), 2)}</tr>
<tr>{c('Address', '4812 N Verde St, Tacoma, WA 98407', 4)}{c('Preferred language', 'English', 2)}</tr>
<tr><td colspan="6" class="sec">2. INSURANCE / GUARANTOR</td></tr>
<tr>{c('Primary carrier', f['insurance_payer'], 2)}{c('Member ID', f['insurance_member_id'], 2)}{c('Group', '1000348', 2)}</tr>
<tr>{c('Guarantor', "O'Sullivan, Patrick (spouse)", 2)}{c('Guarantor phone', P('2532840937', 'paren'), 2)}{c('Prior authorization', 'Not required', 2)}</tr>
<tr><td colspan="6" class="sec">3. CONSULTANT</td></tr>
<tr>{c('Service', 'General Surgery', 2)}{c('Consultant', 'Howard Lin, MD, FACS', 2)}{c('Location', 'Northgate Surgical Specialists, Bldg C', 2)}</tr>
<tr>{c('Consultant phone', P('2532846400', 'paren'), 2)}{c('Consultant fax', P('2532846490', 'paren'), 2)}{c('Priority', 'Elective / routine scheduling', 2)}</tr>
<tr><td colspan="6" class="sec">4. DIAGNOSIS</td></tr>
<tr class="dx"><td><span class="c">Primary Dx</span>ICD-10</td><td>K80.20</td><td colspan="4">Calculus of gallbladder without cholecystitis without obstruction</td></tr>
<tr class="dx"><td><span class="c">Secondary Dx</span>ICD-10</td><td>K42.9</td><td colspan="4">Umbilical hernia without obstruction or gangrene</td></tr>
<tr><td colspan="6" class="sec">5. REASON FOR CONSULTATION / QUESTION</td></tr>
<tr><td colspan="6" style="height:0.75in">{esc(f['reason'])}<br><br>RUQ US {D('2026-10-22', 'us')}: multiple gallstones up to 1.4 cm, no wall thickening, CBD 4 mm. LFTs normal.
BMI 33. Type of request: {box(True)}Consult &amp; treat {box(False)}Consult only {box(False)}Second opinion</td></tr>
<tr><td colspan="6" class="sec">6. REQUESTING PROVIDER</td></tr>
<tr>{c('Name', 'Marsh, Lindsay K., DO', 2)}{c('NPI', f['referring_npi'], 2)}{c('Date of request', D(f['referral_date'], 'dmy'), 2)}</tr>
<tr>{c('Phone', P(f['referring_phone'], 'dash'), 2)}{c('Fax', P(f['referring_fax'], 'dash'), 2)}{c('Signature', '', 2)}</tr>
<tr>{c('Primary care physician (if different)', 'Robert Vance, MD', 2)}{c('PCP phone', P('2532846010', 'dash'), 2)}{c('Copy to', 'PCP', 2)}</tr>
</table>
<div class="ft"><span>Form NMC-112 (rev. 2/22) &middot; Original to consultant, copy to chart</span><span>Printed 11/04/2026 &middot; Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NC10", css, body), fields=f, pages=1,
                kind="multispecialty_boxed_grid_consult_request_primary_secondary_dx_code_text_to_general_surgery",
                mode="standard",
                fax=dict(when="11/04/2026 09:30", name="NORTHGATE MSC IM", number=f["referring_fax"],
                         to="GEN SURG", fmt="c"))
