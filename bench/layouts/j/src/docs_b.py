"""NZ06-NZ10 document builders. Each returns dict(html, fields, pages, kind, mode, fax)."""
import textwrap

from common import npi, P, D, box, page


# ====================================================================== NZ06
def nz06():
    """Retail-clinic nurse practitioner referral with supervising physician named; STAT ophthalmology (retina), ISO dates."""
    f = {
        "patient_last_name": "Fenwick",
        "patient_first_name": "Lorraine",
        "patient_dob": "1963-11-30",
        "patient_sex": "F",
        "patient_phone": "4805529013",
        "insurance_payer": "Aetna",
        "insurance_member_id": "W283746105",
        "referring_provider": "Jolene Marchbanks",
        "referring_npi": npi("163850294"),
        "referring_phone": "4808313377",
        "referring_fax": "4808313390",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Meera Castellanos",
        "diagnosis_codes": ["H53.19", "H43.391"],
        "reason": "Sudden onset of floaters and flashes in the right eye with a curtain-like shadow over the upper visual field since this morning; rule out retinal detachment",
        "urgency": "stat",
        "referral_date": "2026-11-03",
    }
    sup_npi = npi("104928371")
    css = """
body { font-family: 'Nimbus Sans Narrow', 'Liberation Sans Narrow', 'Arial Narrow', sans-serif; font-size: 10.5pt; }
.hd { display:flex; justify-content:space-between; align-items:center; }
.hd .logo { font-size:20pt; font-weight:bold; font-style:italic; letter-spacing:-0.5px; }
.stat { border:3px solid #000; font-size:15pt; font-weight:bold; padding:2px 10px; text-align:center; }
table.band { width:100%; margin-top:8px; border:1.5px solid #000; }
table.band td { padding:3px 6px; vertical-align:top; border-bottom:1px solid #888; }
table.band td.l { width:1.45in; background:#e4e4e4; font-size:9pt; text-transform:uppercase; letter-spacing:0.4px; border-right:1px solid #000; }
table.band td.s { background:#000; color:#fff; font-weight:bold; font-size:10pt; letter-spacing:2px; width:0.3in; text-align:center; writing-mode: vertical-rl; transform: rotate(180deg); border-bottom:none; }
table.band b { font-size:11pt; }
.foot { font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    def rows(label, items):
        out = []
        for i, (k, v) in enumerate(items):
            s = f'<td class="s" rowspan="{len(items)}">{label}</td>' if i == 0 else ""
            out.append(f'<tr>{s}<td class="l">{k}</td><td>{v}</td></tr>')
        return "<table class=\"band\">" + "".join(out) + "</table>"
    pt = rows("PATIENT", [
        ("Last name", "<b>Fenwick</b>"),
        ("First name", "<b>Lorraine</b> &nbsp; (middle initial A)"),
        ("Date of birth", f"<b>{D(f['patient_dob'],'iso')}</b> &nbsp;&nbsp; age 62"),
        ("Sex", "<b>Female</b>"),
        ("Mobile", f"<b>{P(f['patient_phone'],'dot')}</b> &nbsp; (OK to text)"),
        ("Address", "2291 E Inverness Ave, Mesa AZ 85204"),
        ("Insurance", f"<b>{f['insurance_payer']}</b> &nbsp; (plan: Open Choice PPO)"),
        ("Member ID", f"<b>{f['insurance_member_id']}</b> &nbsp;&nbsp; Group 0867412-10-001"),
        ("Clinic visit no.", "RW0417-2611-0092"),
    ])
    frm = rows("FROM", [
        ("Referring clinician", "<b>Jolene Marchbanks, MSN, FNP-C</b> &nbsp; Family Nurse Practitioner"),
        ("Clinician NPI", f"<b>{f['referring_npi']}</b>"),
        ("Clinic phone", f"<b>{P(f['referring_phone'],'dot')}</b>"),
        ("Clinic fax", f"<b>{P(f['referring_fax'],'dot')}</b>"),
        ("Supervising physician", f"Harold Esquivel, MD &nbsp; NPI {sup_npi} &nbsp; Regional Medical Director, {P('6029142260','dot')}"),
    ])
    to = rows("TO", [
        ("Specialty", "<b>Ophthalmology &ndash; Retina</b>"),
        ("Provider", "<b>Meera Castellanos, MD</b>"),
        ("Practice", f"Desert Retina Consultants, 6707 E Baseline Rd, Suite 104, Mesa AZ 85206<br>Ph {P('4809621400','dot')} &nbsp; Fax {P('4809621455','dot')}"),
        ("Priority", "<b>STAT &ndash; same day</b>"),
        ("Appointment", "Spoke with triage nurse (Alma) 10:55; patient to be seen TODAY at 1:30 pm. Patient not driving; daughter transporting."),
    ])
    clin = rows("CLINICAL", [
        ("Diagnoses", "<b>H53.19</b> Other subjective visual disturbances<br><b>H43.391</b> Other vitreous opacities, right eye"),
        ("Reason for referral", f"<b>{f['reason']}</b>"),
        ("Findings", "VA (Snellen, with glasses) OD 20/40, OS 20/25. Pupils equal, no APD. Confrontation: superior field cut OD. "
                     "No eye pain, no trauma. High myopia (&minus;7.50). BP 138/84. Glucose 104."),
        ("Meds / allergies", "Atorvastatin 20 mg; sertraline 50 mg. NKDA."),
        ("Services today", "99213, 99173 (visual acuity screen). No dilation performed at this site."),
    ])
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="logo">ReadyWell Clinic</div>
<div>Clinic #0417 inside FreshWay Pharmacy &bull; 1855 S Power Rd, Mesa AZ 85206</div>
<div>Clinic {P(f['referring_phone'],'dot')} &bull; Clinic fax {P(f['referring_fax'],'dot')} &bull; Patient line {P('8774739355','dash')}</div></div>
<div class="stat">STAT<br><span style="font-size:9pt">SAME-DAY REFERRAL</span></div></div>
<div style="margin-top:8px; display:flex; justify-content:space-between; font-size:11pt"><b>PROVIDER-TO-PROVIDER REFERRAL</b>
<span>Date {D(f['referral_date'],'iso')} &nbsp; Time 10:42</span></div>
{pt}
{frm}
{to}
{clin}
<div style="margin-top:10px; display:flex; justify-content:space-between; align-items:flex-end">
<div>E-signed: <span style="font-family:'Z003',cursive; font-size:16pt">Jolene Marchbanks</span> FNP-C &nbsp; {D(f['referral_date'],'iso')} 10:58</div>
<div style="font-size:9pt">Supervising physician review: Harold Esquivel, MD (co-signature pending)</div></div>
<div style="margin-top:6px; font-size:8.5pt">Nurse practitioners in Arizona practice independently; the supervising/collaborating physician is listed per ReadyWell policy. Questions: call the clinic.</div>
<div class="pfoot foot"><span>RW-REF-2 &bull; {D('2026-11-03','iso')} 10:58 MST</span><span>Fenwick, L. &bull; visit RW0417-2611-0092</span><span>p. 1/1</span></div>
</div></div>"""
    return dict(html=page("NZ06", css, body), fields=f, pages=1,
                kind="retail_clinic_np_referral_supervising_md_stat_ophtho", mode="standard",
                fax=dict(when="2026-11-03 11:03", name="READYWELL 0417", number=f["referring_fax"],
                         to="4809621455", fmt="a"))


# ====================================================================== NZ07
def nz07():
    """Specialist-to-specialist referral: gastroenterology -> general surgery, with EGD report and ultrasound on page 2."""
    f = {
        "patient_last_name": "Escobedo",
        "patient_first_name": "Yesenia",
        "patient_dob": "1981-03-09",
        "patient_sex": "F",
        "patient_phone": "8656913348",
        "patient_mrn": "RDH-117042",
        "insurance_payer": "BlueCross BlueShield of Tennessee",
        "insurance_member_id": "ZXP847201936",
        "referring_provider": "Nikolai Brandt",
        "referring_npi": npi("117630482"),
        "referring_phone": "8655459100",
        "referring_fax": "8655459149",
        "referred_to_specialty": "general_surgery",
        "referred_to_provider": "Tamsin Ogunleye",
        "diagnosis_codes": ["K80.20", "R10.11"],
        "reason": "Symptomatic cholelithiasis with recurrent biliary colic; EGD unremarkable; please evaluate for laparoscopic cholecystectomy",
        "urgency": "urgent",
        "referral_date": "2026-10-14",
    }
    pcp_npi = npi("189204637")
    css = """
body { font-family: 'C059', 'Century Schoolbook', Georgia, serif; font-size: 10pt; }
.hd { border-bottom:3px double #000; padding-bottom:5px; display:flex; justify-content:space-between; align-items:flex-end; }
.hd .n { font-size:14pt; font-weight:bold; }
.hd > div:last-child { white-space:nowrap; }
.ttl { font-size:12pt; font-weight:bold; margin:8px 0 2px 0; letter-spacing:1px; }
table.th { width:100%; margin-top:6px; }
table.th th { font-size:8pt; text-align:left; border-bottom:1.5px solid #000; padding:1px 5px; font-weight:bold; text-transform:uppercase; }
table.th td { padding:3px 5px; font-size:10.5pt; }
.ft { display:flex; gap:14px; margin-top:8px; }
.ft > div { flex:1; border-top:1.5px solid #000; padding-top:3px; }
.ft .h { font-size:8pt; font-weight:bold; text-transform:uppercase; }
p { margin:5px 0; line-height:1.28; }
.rpt h3 { margin:8px 0 2px 0; font-size:10.5pt; border-bottom:1px solid #000; }
.foot { font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    hd = f"""<div class="hd"><div><div class="n">Riverbend Digestive Health Associates</div>
<div>Gastroenterology &bull; Hepatology &bull; Endoscopy Center</div>
<div>9330 Parkwest Blvd, Suite 200, Knoxville, TN 37923</div></div>
<div style="text-align:right">Office {P(f['referring_phone'],'paren_nosp')}<br>Fax {P(f['referring_fax'],'paren_nosp')}<br>Endoscopy scheduling {P('8655459177','paren_nosp')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<div class="ttl">SPECIALIST-TO-SPECIALIST REFERRAL</div>
<div>Date: <b>{D(f['referral_date'],'cerner')}</b> &nbsp;&nbsp;&nbsp; Priority: <b>URGENT</b> &ndash; please schedule within 2 weeks &nbsp;&nbsp;&nbsp; Ref. no. GI-26-3307</div>
<table class="th">
<tr><th>Patient</th><th>Date of birth</th><th>Sex</th><th>MRN</th><th>Home phone</th></tr>
<tr><td><b>ESCOBEDO, Yesenia M.</b></td><td><b>{D(f['patient_dob'],'cerner')}</b></td><td>F</td><td><b>{f['patient_mrn']}</b></td><td><b>{P(f['patient_phone'],'paren_nosp')}</b></td></tr>
</table>
<table class="th">
<tr><th>Primary insurance</th><th>Subscriber ID</th><th>Group</th><th>Secondary</th></tr>
<tr><td><b>{f['insurance_payer']}</b></td><td><b>{f['insurance_member_id']}</b></td><td>130477</td><td>none</td></tr>
</table>
<div class="ft">
<div><div class="h">Referring specialist</div>
<b>Nikolai Brandt, MD</b>, Gastroenterology<br>NPI <b>{f['referring_npi']}</b><br>Tel {P(f['referring_phone'],'paren_nosp')} &bull; Fax {P(f['referring_fax'],'paren_nosp')}</div>
<div><div class="h">Consulting surgeon</div>
<b>Tamsin Ogunleye, MD, FACS</b>, General Surgery<br>Fort Sanders Surgical Associates<br>1901 Clinch Ave, Suite 405, Knoxville, TN 37916<br>Tel {P('8655414200','paren_nosp')} &bull; Fax {P('8655414288','paren_nosp')}</div>
<div><div class="h">Primary care</div>
Lorna Whitlatch, MD<br>NPI {pcp_npi}<br>Tel {P('8656902210','paren_nosp')}</div>
</div>
<table class="th" style="margin-top:10px">
<tr><th style="width:1in">ICD-10-CM</th><th>Diagnosis</th></tr>
<tr><td><b>K80.20</b></td><td>Calculus of gallbladder without cholecystitis without obstruction</td></tr>
<tr><td><b>R10.11</b></td><td>Right upper quadrant pain</td></tr>
</table>
<p style="margin-top:10px"><b>Reason for referral:</b> {f['reason']}.</p>
<p>Dear Dr. Ogunleye &ndash; I saw Ms. Escobedo in consultation for postprandial right upper quadrant pain at the request of her primary care physician.
She has had five episodes of colicky RUQ pain radiating to the right scapula over the past three months, each lasting 2&ndash;4 hours after fatty meals,
the most recent on {D('2026-10-10','cerner')} requiring an ED visit (Parkwest Medical Center). Ultrasound shows multiple mobile gallstones up to 1.4 cm without wall thickening or
ductal dilation. LFTs and lipase were normal. EGD on {D('2026-10-08','cerner')} showed only mild gastritis (biopsies negative for H. pylori).
I do not think further GI workup is needed before surgery, and I believe her symptoms are biliary.</p>
<p>She is otherwise healthy apart from class I obesity (BMI 32) and well-controlled hypothyroidism. Prior surgery: cesarean section x2.
She works night shifts as an ICU nurse and would prefer an early-morning appointment. Reports and labs are on page 2.</p>
<p>Thank you for seeing her. I am happy to help with any preoperative or postoperative issues, including ERCP if needed.</p>
<p style="margin-top:12px">Sincerely,</p>
<div style="font-family:'Z003',cursive; font-size:18pt">Nikolai Brandt</div>
<p style="margin-top:0">Nikolai Brandt, MD &nbsp;&bull;&nbsp; signed {D(f['referral_date'],'cerner')} 17:22</p>
<p style="font-size:8.5pt">cc: Lorna Whitlatch, MD (PCP) &ndash; fax {P('8656902255','paren_nosp')}</p>
<div class="pfoot foot"><span>RDHA referral &bull; ESCOBEDO, Yesenia M. &bull; {f['patient_mrn']}</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner rpt">
{hd}
<div style="margin-top:6px; font-size:9pt">Patient: ESCOBEDO, Yesenia M. &nbsp; DOB {D(f['patient_dob'],'cerner')} &nbsp; MRN {f['patient_mrn']}</div>
<h3>ESOPHAGOGASTRODUODENOSCOPY REPORT &nbsp; <span style="font-weight:normal">{D('2026-10-08','cerner')}</span></h3>
<p><b>Endoscopist:</b> Nikolai Brandt, MD &nbsp; <b>Anesthesia:</b> Felix Amari, CRNA (MAC, propofol) &nbsp; <b>Facility:</b> Riverbend Endoscopy Center</p>
<p><b>Indication:</b> RUQ / epigastric pain, dyspepsia. <b>Procedure:</b> EGD with biopsy (CPT 43239).</p>
<p><b>Findings:</b> Normal esophagus, Z-line regular at 38 cm. Mild patchy erythema of the gastric antrum, biopsied (cold forceps). Normal duodenal bulb and second portion.
No ulcers, no mass.</p>
<p><b>Impression:</b> Mild antral gastritis. Upper GI tract otherwise normal; findings do not explain the patient's symptoms.</p>
<p><b>Pathology ({D('2026-10-11','cerner')}):</b> Chronic inactive gastritis; H. pylori immunostain negative. No intestinal metaplasia.</p>
<h3>ULTRASOUND ABDOMEN, LIMITED RUQ &nbsp; <span style="font-weight:normal">{D('2026-09-29','cerner')}</span></h3>
<p>CPT 76705. Ordering: Lorna Whitlatch, MD. Reading radiologist: Amos Thibodeaux, MD (Knoxville Imaging Partners).</p>
<p>Gallbladder contains multiple mobile echogenic shadowing stones, largest 1.4 cm. Wall 2 mm. No pericholecystic fluid. Sonographic Murphy sign negative.
Common bile duct 4 mm. Liver normal in size with mildly increased echogenicity. Pancreas partially obscured by bowel gas.</p>
<h3>LABORATORY &nbsp; <span style="font-weight:normal">collected {D('2026-10-10','cerner')}</span></h3>
<table class="th" style="margin-top:2px; width:80%">
<tr><th>Test</th><th>Result</th><th>Reference</th></tr>
<tr><td>AST / ALT</td><td>24 / 31 U/L</td><td>10&ndash;40 / 7&ndash;56</td></tr>
<tr><td>Alkaline phosphatase</td><td>88 U/L</td><td>44&ndash;147</td></tr>
<tr><td>Total bilirubin</td><td>0.6 mg/dL</td><td>0.1&ndash;1.2</td></tr>
<tr><td>Lipase</td><td>32 U/L</td><td>0&ndash;160</td></tr>
<tr><td>WBC</td><td>7.9 K/&micro;L</td><td>4.5&ndash;11.0</td></tr>
<tr><td>TSH</td><td>2.1 mIU/L</td><td>0.4&ndash;4.0</td></tr>
</table>
<h3>CURRENT MEDICATIONS</h3>
<p>Levothyroxine 88 mcg daily; pantoprazole 40 mg daily (started {D('2026-10-08','cerner')}); ondansetron 4 mg ODT PRN (NDC 0781-5238-64); ibuprofen PRN (advised to avoid).</p>
<p><b>Allergies:</b> Codeine (vomiting). Latex (rash).</p>
<div class="pfoot foot"><span>RDHA referral &bull; ESCOBEDO, Yesenia M. &bull; {f['patient_mrn']}</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NZ07", css, p1 + p2), fields=f, pages=2,
                kind="specialist_to_specialist_gi_to_surgery_table_headers_plus_reports", mode="fine",
                fax=dict(when="14-OCT-2026 17:41", name="RIVERBEND DIGESTIVE", number=f["referring_fax"],
                         to="8655414288", fmt="b"))


# ====================================================================== NZ08
def nz08():
    """Sports-medicine physical therapy order; patient named only as 'LAST, FIRST' in a running header on every page."""
    f = {
        "patient_last_name": "Halvorsen",
        "patient_first_name": "Brigitte",
        "patient_dob": "1990-05-22",
        "patient_phone": "7205531846",
        "patient_mrn": "00338125",
        "insurance_payer": "Cigna",
        "insurance_member_id": "U7401826301",
        "referring_provider": "Ravi Subramanian",
        "referring_npi": npi("125806439"),
        "referring_phone": "3033884200",
        "referring_fax": "3033884251",
        "referred_to_specialty": "physical_therapy",
        "referred_to_provider": "Kendra Holloway",
        "diagnosis_codes": ["M75.41", "M25.511"],
        "reason": "Right shoulder impingement with rotator cuff tendinopathy; evaluate and treat to restore pain-free overhead motion and return to volleyball",
        "urgency": "routine",
        "referral_date": "2026-11-09",
    }
    pa_npi = npi("137750264")
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; }
.run { display:flex; justify-content:space-between; align-items:flex-end; border:1.5px solid #000; padding:3px 6px; font-family:'Liberation Sans',Arial,sans-serif; font-size:9pt; }
.run .nm { font-size:12.5pt; font-weight:bold; letter-spacing:0.5px; }
.org { margin-top:8px; display:flex; justify-content:space-between; font-size:9.5pt; }
.org .n { font-size:13pt; font-weight:bold; font-variant:small-caps; }
.ttl { text-align:center; font-size:13pt; font-weight:bold; margin:10px 0 6px 0; text-decoration:underline; }
table.o { width:100%; }
table.o td { padding:4px 6px; vertical-align:top; border-bottom:1px dotted #000; }
table.o td.l { width:1.6in; font-variant:small-caps; font-weight:bold; }
.cbrow > span { display:inline-block; width:2.2in; margin:2px 0; }
.foot { font-size:8pt; display:flex; justify-content:space-between; font-family:'Liberation Sans',sans-serif; }
p { margin:4px 0; line-height:1.25; }
h4 { margin:8px 0 2px 0; font-size:10.5pt; text-transform:uppercase; }
"""
    def run(pg):
        return f"""<div class="run"><div><div class="nm">HALVORSEN, BRIGITTE</div>
DOB {D(f['patient_dob'],'us_short')} &nbsp;&bull;&nbsp; MRN {f['patient_mrn']} &nbsp;&bull;&nbsp; Ph {P(f['patient_phone'],'dot')}</div>
<div style="text-align:right">Ins: <b>{f['insurance_payer']}</b> (Open Access Plus) &nbsp; ID {f['insurance_member_id']}<br>Page {pg} of 2</div></div>"""
    org = f"""<div class="org"><div><div class="n">Summit Sports Medicine &amp; Orthopaedics</div>
8101 E Lowry Blvd, Suite 230, Denver, CO 80230</div>
<div style="text-align:right">Clinic {P(f['referring_phone'],'dash')}<br>Fax {P(f['referring_fax'],'dash')}</div></div>"""
    ivs = ["Evaluate and treat", "Therapeutic exercise", "Manual therapy", "Scapular stabilization",
           "Rotator cuff strengthening", "Posterior capsule stretching", "Modalities PRN", "Dry needling", "Iontophoresis",
           "Home exercise program", "Sport-specific return", "Kinesio taping"]
    checked = {"Evaluate and treat", "Therapeutic exercise", "Manual therapy", "Scapular stabilization",
               "Rotator cuff strengthening", "Posterior capsule stretching", "Home exercise program", "Sport-specific return"}
    cbs = "".join(f"<span>{box(i in checked)} {i}</span>" for i in ivs)
    p1 = f"""
<div class="sheet"><div class="inner">
{run(1)}
{org}
<div class="ttl">PHYSICAL THERAPY REFERRAL &amp; PLAN OF CARE ORDER</div>
<table class="o">
<tr><td class="l">Order date</td><td><b>{D(f['referral_date'],'us_short')}</b></td></tr>
<tr><td class="l">Refer to</td><td><b>Kendra Holloway, PT, DPT, SCS</b> &ndash; Mile High Physical Therapy, Cherry Creek<br>
3000 E 1st Ave, Suite 190, Denver, CO 80206 &nbsp; Tel {P('3035960411','dash')} &nbsp; Fax {P('3035960419','dash')}</td></tr>
<tr><td class="l">Discipline</td><td><b>Physical Therapy</b> (outpatient orthopaedic)</td></tr>
<tr><td class="l">Diagnosis</td><td><b>M75.41</b> Impingement syndrome of right shoulder<br><b>M25.511</b> Pain in right shoulder</td></tr>
<tr><td class="l">Reason for referral</td><td><b>{f['reason']}</b></td></tr>
<tr><td class="l">Interventions</td><td class="cbrow">{cbs}</td></tr>
<tr><td class="l">Frequency / duration</td><td>2&ndash;3 times per week for 6 weeks (up to 16 visits)</td></tr>
<tr><td class="l">Precautions</td><td>No overhead lifting &gt; 10 lb for 3 weeks. Subacromial injection given {D('2026-11-04','us_short')}.</td></tr>
<tr><td class="l">Priority</td><td>Routine &ndash; first visit within 2 weeks</td></tr>
<tr><td class="l">Progress report</td><td>Please send re-evaluation at 4 weeks to fax {P(f['referring_fax'],'dash')}</td></tr>
</table>
<div style="margin-top:14px; display:flex; justify-content:space-between">
<div>Ordering physician:<br><span style="font-family:'Z003',cursive; font-size:18pt">Ravi Subramanian MD</span><br>
<b>Ravi Subramanian, MD</b>, CAQ Sports Medicine<br>NPI {f['referring_npi']}<br>Tel {P(f['referring_phone'],'dash')} &nbsp; Fax {P(f['referring_fax'],'dash')}</div>
<div style="text-align:right">Prepared by:<br>Evan Kostadinov, PA-C<br>NPI {pa_npi}<br>Signed {D(f['referral_date'],'us_short')}</div></div>
<p style="margin-top:14px; font-size:9pt">I certify that the above services are medically necessary. This plan of care is valid for 90 days from the order date. CPT 97161&ndash;97163, 97110, 97140, 97530 as indicated.</p>
<div class="pfoot foot"><span>SSMO-PT-ORD v4</span><span>Printed {D('2026-11-10','us_short')} 7:58 AM</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{run(2)}
{org}
<div class="ttl">CLINIC NOTE &ndash; SPORTS MEDICINE FOLLOW-UP</div>
<p><b>Date of service:</b> {D('2026-11-04','us_short')} &nbsp;&nbsp; <b>Provider:</b> Ravi Subramanian, MD &nbsp;&nbsp; <b>Scribe:</b> J. Nakamura</p>
<h4>Subjective</h4>
<p>36 y.o. right-hand-dominant recreational volleyball player with 10 weeks of anterolateral right shoulder pain, worse with serving and overhead reaching,
night pain when lying on the right side. No trauma, no numbness. Tried 4 weeks of rest and ibuprofen without relief. Here for MRI review.</p>
<h4>Objective</h4>
<p>Full passive ROM; active flexion 165&deg; with painful arc 80&ndash;120&deg;. Positive Neer and Hawkins-Kennedy. Empty can 4+/5 with pain. Negative drop-arm, negative O'Brien's.
Scapular dyskinesis type II on the right. Neurovascularly intact.</p>
<p>MRI right shoulder without contrast ({D('2026-10-28','us_short')}, CPT 73221): supraspinatus tendinosis with low-grade partial-thickness bursal-surface fraying;
no full-thickness tear; type II acromion; mild subacromial bursitis. Labrum intact.</p>
<h4>Procedure</h4>
<p>Right subacromial injection (CPT 20610) under sterile technique: triamcinolone 40 mg (NDC 0003-0293-05) + lidocaine 1% 4 mL. Tolerated well.</p>
<h4>Assessment / Plan</h4>
<p>Right shoulder impingement with rotator cuff tendinopathy. Start formal physical therapy (order attached). Meloxicam 15 mg daily x 2 weeks (NDC 29300-0125-10).
Return visit in 6 weeks; consider ultrasound-guided re-injection if not improved. Discussed activity modification; no serving for 3 weeks.</p>
<p style="margin-top:10px">Electronically signed: Ravi Subramanian, MD {D('2026-11-04','us_short')} 5:12 PM</p>
<div class="pfoot foot"><span>SSMO clinic note</span><span>Printed {D('2026-11-10','us_short')} 7:58 AM</span></div>
</div></div>"""
    return dict(html=page("NZ08", css, p1 + p2), fields=f, pages=2,
                kind="pt_order_with_last_first_running_header_every_page_plus_clinic_note", mode="standard",
                fax=dict(when="NOV 10 2026 08:06AM", name="SUMMIT SPORTS MED", number=f["referring_fax"],
                         to="3035960419", fmt="c"))


# ====================================================================== NZ09
def nz09():
    """Pediatric practice referral naming mother (legal guardian) and father; child to pediatric allergy; plus anaphylaxis action plan."""
    f = {
        "patient_last_name": "Osei",
        "patient_first_name": "Micah",
        "patient_dob": "2021-02-03",
        "patient_sex": "M",
        "patient_phone": "9198426031",
        "patient_mrn": "LOP-52218",
        "insurance_payer": "Blue Cross NC",
        "insurance_member_id": "YPW900417263",
        "referring_provider": "Naomi Strickland",
        "referring_npi": npi("191735408"),
        "referring_phone": "9198471200",
        "referring_fax": "9198471255",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Ezra Whitcombe",
        "diagnosis_codes": ["Z91.010", "L20.83"],
        "reason": "Hives, lip swelling and vomiting within 20 minutes of eating peanut butter; evaluate for peanut allergy with skin or component testing and plan for oral food challenge",
        "urgency": "routine",
        "referral_date": "2026-10-28",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom:2px solid #000; padding-bottom:5px; }
.hd .n { font-size:19pt; font-weight:bold; font-family:'URW Gothic', 'Century Gothic', sans-serif; }
.ttl { font-size:12.5pt; font-weight:bold; margin:8px 0 4px 0; }
.grid { display:grid; grid-template-columns: repeat(6, 1fr); gap:4px; }
.c { border:1.3px solid #000; border-radius:6px; padding:1px 5px 2px 5px; }
.c .k { font-size:7pt; font-weight:bold; text-transform:uppercase; display:block; }
.c .v { font-size:10.5pt; }
.s1 { grid-column: span 1; } .s2 { grid-column: span 2; } .s3 { grid-column: span 3; } .s4 { grid-column: span 4; } .s6 { grid-column: span 6; }
.sec { margin-top:5px; margin-bottom:2px; font-weight:bold; font-size:9.5pt; letter-spacing:1px; }
p { margin:4px 0; line-height:1.25; }
.foot { font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
table.ap { width:100%; margin-top:6px; }
table.ap td { border:2px solid #000; padding:6px 8px; vertical-align:top; width:50%; font-size:10.5pt; }
"""
    def c(k, v, span="s2"):
        return f'<div class="c {span}"><span class="k">{k}</span><span class="v">{v}</span></div>'
    hd = f"""<div class="hd"><div><div class="n">Little Oaks Pediatrics</div>
<div>7208 Falls of Neuse Rd, Suite 101 &bull; Raleigh, NC 27615</div></div>
<div style="text-align:right">Phone {P(f['referring_phone'],'paren')}<br>Fax {P(f['referring_fax'],'paren')}<br>After hours nurse line {P('9198471299','paren')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<div class="ttl">Pediatric Subspecialty Referral</div>
<div class="grid">
{c('Referral date', D(f['referral_date'],'dmy'))}{c('Priority', 'Routine')}{c('Referral no.', 'LOP-R-26-0871')}
</div>
<div class="sec">CHILD</div>
<div class="grid">
{c('Child last name', '<b>Osei</b>')}{c('Child first name', '<b>Micah</b>')}{c('Date of birth', '<b>'+D(f['patient_dob'],'dmy')+'</b> (5 yr)')}
{c('Sex', '<b>Male</b>')}{c('Chart #', '<b>'+f['patient_mrn']+'</b>')}{c('Home phone', '<b>'+P(f['patient_phone'],'paren')+'</b>')}
{c('Address', '1419 Marsh Landing Ct, Raleigh, NC 27614', 's3')}{c('Weight', '17.2 kg', 's1')}{c('Preferred language', 'English, Twi')}
</div>
<div class="sec">PARENT / LEGAL GUARDIAN</div>
<div class="grid">
{c('Guardian name', 'Adwoa Mensah', 's2')}{c('Relationship', 'Mother (legal guardian)')}{c('Guardian cell', P('9195307782','paren'))}
{c('Second parent', 'Kwame Osei (father)', 's2')}{c('Work phone', P('9194601250','paren'))}{c('Custody notes', 'Shared; either parent may consent')}
</div>
<div class="sec">INSURANCE</div>
<div class="grid">
{c('Insurance', '<b>'+f['insurance_payer']+'</b>', 's2')}{c('Member ID', '<b>'+f['insurance_member_id']+'</b>', 's2')}{c('Group', '0098231')}{c('Plan', 'Blue Options PPO')}
{c('Subscriber', 'Adwoa Mensah', 's2')}{c('Subscriber DOB', D('1990-06-11','dmy'))}{c('Relationship to subscriber', 'Child', 's3')}
</div>
<div class="sec">REFERRED TO</div>
<div class="grid">
{c('Specialty', '<b>Pediatric Allergy &amp; Immunology</b>', 's3')}{c('Physician', '<b>Ezra Whitcombe, MD</b>', 's3')}
{c('Practice', "Triangle Children's Allergy &amp; Asthma, 3320 Wake Forest Rd, Suite 450, Raleigh, NC 27609 &bull; Ph "+P('9198721640','paren')+" &bull; Fax "+P('9198721699','paren'), 's6')}
</div>
<div class="sec">REASON AND DIAGNOSES</div>
<div class="grid">
{c('Diagnosis codes', '<b>Z91.010</b> Allergy to peanuts &nbsp;&nbsp; <b>L20.83</b> Infantile (acute) (chronic) eczema', 's6')}
{c('Reason for referral', '<b>'+f['reason']+'</b>', 's6')}
{c('History', 'First known ingestion on '+D('2026-10-19','dmy')+' at home; treated at WakeMed North ED with IM epinephrine and cetirizine, observed 4 h. Tolerates egg, milk, wheat. Eczema since infancy. No asthma. Epinephrine auto-injector prescribed (see page 2).', 's6')}
</div>
<div class="sec">REFERRING PEDIATRICIAN</div>
<div class="grid">
{c('Physician', '<b>Naomi Strickland, MD, FAAP</b>', 's3')}{c('NPI', '<b>'+f['referring_npi']+'</b>', 's1')}{c('Phone / fax', P(f['referring_phone'],'paren')+' / '+P(f['referring_fax'],'paren'))}
</div>
<div style="margin-top:8px">Signature: <span style="font-family:'Z003',cursive; font-size:17pt">N. Strickland MD</span> &nbsp;&nbsp; {D(f['referral_date'],'dmy')}</div>
<div class="pfoot foot"><span>Osei, Micah &bull; {f['patient_mrn']}</span><span>Little Oaks Pediatrics &bull; referral</span><span>1 / 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<div class="ttl">Food Allergy &amp; Anaphylaxis Emergency Care Plan</div>
<div class="grid">
{c('Name', 'Micah Osei', 's2')}{c('D.O.B.', D(f['patient_dob'],'dmy'))}{c('Weight', '17.2 kg (37.9 lb)')}{c('Allergic to', 'Peanut', 's2')}
{c('Asthma', 'No')}{c('Child care / school', 'Sunflower Montessori, Raleigh (staff trained)', 's3')}{c('Plan date', D('2026-10-28','dmy'), 's2')}
</div>
<table class="ap">
<tr><td><b>FOR ANY OF THESE SEVERE SYMPTOMS after a suspected peanut exposure:</b><br>
LUNG: short of breath, wheezing, repetitive cough<br>THROAT: tight, hoarse, trouble swallowing<br>MOUTH: significant swelling of tongue or lips<br>
SKIN: many hives over the body<br>GUT: repetitive vomiting<br>OTHER: feeling something bad is about to happen, confusion</td>
<td><b>1. INJECT EPINEPHRINE IMMEDIATELY.</b><br>2. Call 911. Tell them the child is having anaphylaxis.<br>3. Lay the child flat, raise legs.<br>
4. A second dose may be given after 5 minutes if symptoms continue.<br>5. Alert the parent/guardian: Adwoa Mensah {P('9195307782','paren')}; Kwame Osei {P('9194601250','paren')}.</td></tr>
<tr><td><b>MILD SYMPTOMS ONLY:</b><br>NOSE: itchy or runny nose, sneezing<br>MOUTH: itchy mouth<br>SKIN: a few hives, mild itch<br>GUT: mild nausea</td>
<td>1. Give antihistamine: cetirizine 5 mg/5 mL, 5 mL by mouth.<br>2. Stay with the child and watch closely.<br>3. If symptoms worsen, give epinephrine.</td></tr>
</table>
<div class="sec">MEDICATIONS / DOSES</div>
<p>Epinephrine auto-injector 0.15 mg (EpiPen Jr 2-Pak, NDC 49502-501-02) &ndash; dispense 2 two-packs (home and school), refills 1.<br>
Cetirizine oral solution 1 mg/mL (NDC 0904-6785-20), 5 mL daily as needed.<br>
Triamcinolone 0.1% ointment BID to eczema patches (not face), 2 weeks at a time.</p>
<div class="sec">AUTHORIZATION</div>
<p>Physician/HCP: Naomi Strickland, MD, FAAP &nbsp;&nbsp; Phone {P(f['referring_phone'],'paren')} &nbsp;&nbsp; Date {D('2026-10-28','dmy')}</p>
<p>Parent/guardian authorization: <span style="font-family:'Z003',cursive; font-size:16pt">Adwoa Mensah</span> &nbsp;&nbsp; Date {D('2026-10-28','dmy')}</p>
<p style="font-size:9pt; margin-top:8px">Immunizations up to date per NCIR (last: DTaP/IPV {D('2026-03-02','dmy')}). Well-child visit {D('2026-03-02','dmy')}: growth 60th percentile. CPT today 99214, 96160.</p>
<div class="pfoot foot"><span>Osei, Micah &bull; {f['patient_mrn']}</span><span>Little Oaks Pediatrics &bull; care plan</span><span>2 / 2</span></div>
</div></div>"""
    return dict(html=page("NZ09", css, p1 + p2), fields=f, pages=2,
                kind="pediatric_referral_rounded_boxes_guardian_plus_anaphylaxis_plan_allergy", mode="fine",
                fax=dict(when="28 OCT 2026 12:20", name="LITTLE OAKS PEDS", number=f["referring_fax"],
                         to="9198721699", fmt="d"))


# ====================================================================== NZ10
def nz10():
    """Community health center monospace referral memo; diagnoses written in words with ICD-10 codes in parentheses; to nephrology."""
    f = {
        "patient_last_name": "Echeverría",
        "patient_first_name": "Rosalinda",
        "patient_dob": "1956-10-03",
        "patient_sex": "F",
        "patient_phone": "5592374410",
        "patient_mrn": "VV0093815",
        "insurance_payer": "CalViva Health",
        "insurance_member_id": "91847362C",
        "referring_provider": "Lucia Benavides",
        "referring_npi": npi("148320957"),
        "referring_phone": "5594416000",
        "referring_fax": "5594416099",
        "referred_to_specialty": "nephrology",
        "diagnosis_codes": ["E11.22", "N18.32", "I12.9", "R80.9"],
        "reason": "Progressive decline in eGFR from 52 to 38 over 12 months with urine albumin-to-creatinine ratio of 640 mg/g despite maximal ACE inhibitor; nephrology co-management and evaluation for SGLT2 inhibitor and finerenone",
        "urgency": "routine",
        "referral_date": "2026-11-17",
    }
    mid_npi = npi("176409823")
    reason_block = textwrap.fill(f["reason"] + ".", width=74, initial_indent="  ", subsequent_indent="  ",
                                 break_on_hyphens=False, break_long_words=False)
    css = """
body { font-family: 'Nimbus Mono PS', 'Courier New', monospace; font-size: 10pt; }
pre { font-family: inherit; font-size: inherit; margin: 0; white-space: pre-wrap; line-height:1.16; }
.hd { text-align:center; font-weight:bold; }
.rule { border-top:1px solid #000; margin:5px 0; }
.foot { font-size:8.5pt; display:flex; justify-content:space-between; }
"""
    def kv(k, v, w=18):
        return f"{k:<{w}}{v}\n"
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd" style="font-size:12pt">VALLE VERDE COMMUNITY HEALTH CENTER</div>
<div class="hd" style="font-weight:normal">A Federally Qualified Health Center &bull; 3870 E Kings Canyon Rd &bull; Fresno CA 93702</div>
<div class="hd" style="font-weight:normal">tel {P(f['referring_phone'],'dash')} &bull; referrals fax {P(f['referring_fax'],'dash')} &bull; pharmacy {P('5594416050','dash')}</div>
<div class="rule"></div>
<pre><b>REFERRAL REQUEST -- SPECIALTY CARE</b>                   Date {D(f['referral_date'],'us_short')}

{kv('TO', 'Central Valley Kidney Specialists (Nephrology)')}{kv('', '1130 E Herndon Ave Ste 102, Fresno CA 93720')}{kv('', 'ph ' + P('5594311900','dash') + '   fax ' + P('5594311944','dash'))}{kv('Provider', 'first available nephrologist')}{kv('Priority', 'Routine (next available, within 30 days)')}
{kv('FROM', 'Lucia Benavides, MD  (Family Medicine)')}{kv('NPI', f['referring_npi'])}{kv('Direct', P(f['referring_phone'],'dash') + ' x 2214')}{kv('Fax', P(f['referring_fax'],'dash'))}{kv('Med. director', 'Octavio Ruelas, MD   NPI ' + mid_npi)}</pre>
<div class="rule"></div>
<pre>{kv('PATIENT', '<b>ECHEVERRÍA, ROSALINDA</b>')}{kv('Born', '<b>' + D(f['patient_dob'],'us_short') + '</b>   (70 y)   female')}{kv('Chart no', '<b>' + f['patient_mrn'] + '</b>')}{kv('Phone', '<b>' + P(f['patient_phone'],'dash') + '</b>  (cell, Spanish)')}{kv('Address', '1542 S Chestnut Ave, Fresno CA 93702')}{kv('Interpreter', 'YES - Spanish')}{kv('Health plan', '<b>' + f['insurance_payer'] + '</b>   (Medi-Cal managed care)')}{kv('Member ID (CIN)', '<b>' + f['insurance_member_id'] + '</b>')}{kv('Auth', 'TAR submitted ' + D('2026-11-17','us_short') + ', pending')}</pre>
<div class="rule"></div>
<pre><b>DIAGNOSES</b>
  1. Type 2 diabetes mellitus with diabetic chronic kidney disease (E11.22)
  2. Chronic kidney disease, stage 3b (N18.32)
  3. Hypertensive chronic kidney disease with stage 1 through stage 4
     chronic kidney disease, or unspecified chronic kidney disease (I12.9)
  4. Proteinuria, unspecified (R80.9)

<b>REASON FOR REFERRAL</b>
{reason_block}

<b>eGFR / UACR TREND</b>  (CKD-EPI 2021)
  {D('2025-11-04','us_short'):<12}  Cr 1.14   eGFR 52   UACR 310 mg/g
  {D('2026-05-12','us_short'):<12}  Cr 1.31   eGFR 44   UACR 480 mg/g
  {D('2026-11-10','us_short'):<12}  Cr 1.48   eGFR 38   UACR 640 mg/g   K 5.1   HbA1c 8.4%

<b>CURRENT MEDICATIONS</b>
  lisinopril 40 mg daily          amlodipine 10 mg daily
  metformin 500 mg BID (reduced)  insulin glargine 28 units qHS (NDC 0088-2220-33)
  atorvastatin 40 mg daily        aspirin 81 mg daily
  Allergies: sulfa (rash)

<b>NOTES</b>
  BP today 148/86. No edema. Renal US {D('2026-08-20','us_short')}: kidneys 9.8 / 10.1 cm, increased
  echogenicity, no hydronephrosis. Retinopathy on last eye exam. Patient has
  transportation through the plan (call 1-888-893-1569 three days ahead).
  Please send consult note to fax {P(f['referring_fax'],'dash')}, attn: Lucia Benavides, MD.</pre>
<div class="rule"></div>
<pre>signed  /s/ Lucia Benavides, MD    {D(f['referral_date'],'us_short')} 16:44
entered mgarcia (referral coordinator)  {P(f['referring_phone'],'dash')} x 2260
visit codes 99214, G0467</pre>
<div class="pfoot foot"><span>VVCHC REF-NEPH</span><span>ECHEVERRÍA, ROSALINDA  {f['patient_mrn']}</span><span>page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NZ10", css, body), fields=f, pages=1,
                kind="fqhc_monospace_memo_dx_in_words_codes_in_parens_nephro", mode="standard",
                fax=dict(when="11/17/2026 17:02", name="VALLE VERDE CHC", number=f["referring_fax"],
                         to="5594311944", fmt="e"))
