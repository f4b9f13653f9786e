"""NW06-NW10 document builders. Each returns dict(html, fields, pages, kind, mode[, noise_npis])."""
import random

from common import npi, P, D, page, sheet, box


# ====================================================================== NW06
def nw06():
    """Cardiology consultation slip on a carbonless form with a tear-off patient stub; labels in table headers."""
    f = {
        "patient_last_name": "LeBlanc",
        "patient_first_name": "Josephine",
        "patient_dob": "1953-07-04",
        "patient_sex": "F",
        "patient_phone": "6019824471",
        "insurance_payer": "Blue Cross & Blue Shield of Mississippi",
        "insurance_member_id": "XJM882019453",
        "referring_provider": "Harold Quarles",
        "referring_npi": npi("126650913"),
        "referring_phone": "6013721900",
        "referring_fax": "6013721944",
        "referred_to_specialty": "cardiology",
        "diagnosis_codes": ["I20.0", "R94.31"],
        "reason": "Crescendo exertional chest pressure for 2 weeks with new T-wave inversions in V2-V4; rule out unstable angina",
        "urgency": "stat",
        "referral_date": "2026-11-02",
    }
    css = """
body { font-family: 'C059', 'Century Schoolbook L', serif; font-size: 10pt; }
.slip { border:3px double #000; padding:8px 10px 8px 10px; position:relative; margin-top:6px; }
.slip .top { display:flex; justify-content:space-between; align-items:flex-start; }
.slip .org { font-size:12pt; font-weight:bold; }
.slip h1 { font-size:15pt; margin:2px 0 0 0; letter-spacing:1px; }
.stat { border:3px solid #000; font-size:20pt; font-weight:bold; padding:0 10px; transform:rotate(-6deg); margin-right:16px; margin-top:6px; }
table.h { width:100%; margin-top:6px; table-layout:fixed; }
table.h th { border:1px solid #000; border-bottom:none; font-size:7.5pt; font-weight:bold; text-align:left; padding:1px 4px; text-transform:uppercase; }
table.h td { border:1px solid #000; border-top:1px dotted #000; font-size:10.5pt; padding:3px 4px 4px 4px; vertical-align:top; }
.copy { position:absolute; left:calc(100% + 0.2in); top:1.0in; transform:rotate(90deg); transform-origin:left top; font-size:7.5pt; white-space:nowrap; letter-spacing:1px; }
.cut { margin:14px -0.2in 10px -0.2in; border-top:2px dashed #000; position:relative; text-align:center; }
.cut span { position:relative; top:-0.7em; background:#fff; padding:0 8px; font-size:9pt; letter-spacing:2px; }
.stub { border:1.5px solid #000; padding:8px 12px; }
.stub table td { padding:3px 8px 3px 0; vertical-align:top; }
.ln { border-bottom:1px solid #000; display:inline-block; min-width:1.6in; }
"""
    p1 = f"""
<div class="slip">
<div class="copy">WHITE &ndash; CONSULTANT &nbsp;&middot;&nbsp; YELLOW &ndash; CHART &nbsp;&middot;&nbsp; PINK &ndash; PATIENT</div>
<div class="top">
 <div><div class="org">RIVERSIDE INTERNAL MEDICINE GROUP, PLLC</div>
 <div style="font-size:8.5pt">1850 Chadwick Dr, Suite 200 &middot; Jackson, MS 39204 &middot; Tel {P(f['referring_phone'],'paren_nosp')} &middot; Fax {P(f['referring_fax'],'paren_nosp')}</div>
 <h1>CONSULTATION REQUEST &mdash; CARDIOLOGY</h1></div>
 <div class="stat">STAT</div>
</div>
<div style="font-size:8pt; text-align:right">No. 0048117</div>

<table class="h">
<colgroup><col style="width:38%"><col style="width:18%"><col style="width:10%"><col style="width:34%"></colgroup>
<tr><th>Patient (last, first, MI)</th><th>Birthdate</th><th>Sex</th><th>Telephone</th></tr>
<tr><td><b>LEBLANC, JOSEPHINE M.</b></td><td>{D(f['patient_dob'],'us')}</td><td>F</td><td>{P(f['patient_phone'],'paren_nosp')} home</td></tr>
</table>
<table class="h">
<colgroup><col style="width:42%"><col style="width:26%"><col style="width:32%"></colgroup>
<tr><th>Insurance</th><th>ID number</th><th>Authorization / group</th></tr>
<tr><td>{f['insurance_payer']}</td><td>{f['insurance_member_id']}</td><td>Grp 66710 &middot; auth not required</td></tr>
</table>
<table class="h">
<colgroup><col style="width:42%"><col style="width:20%"><col style="width:38%"></colgroup>
<tr><th>Consult requested of</th><th>Urgency</th><th>Consultant location</th></tr>
<tr><td>Cardiology &mdash; first available cardiologist</td><td>{box(False)} Routine<br>{box(False)} Urgent<br>{box(True)} <b>STAT</b> (today)</td><td>Magnolia Heart Institute, 571 Stadium Dr, Jackson, MS 39216 &middot; {P('6013546600','paren_nosp')}</td></tr>
</table>
<table class="h">
<colgroup><col style="width:18%"><col style="width:82%"></colgroup>
<tr><th>ICD-10</th><th>Diagnosis / reason for consultation</th></tr>
<tr><td>I20.0<br>R94.31</td><td>Unstable angina &middot; Abnormal electrocardiogram<br>{f['reason']}.</td></tr>
</table>
<table class="h">
<tr><th>Pertinent history / findings (ECG attached)</th></tr>
<tr><td style="font-size:9.5pt">{box(True)} HTN &nbsp; {box(True)} Hyperlipidemia &nbsp; {box(False)} Diabetes &nbsp; {box(True)} Former smoker (40 pk-yr, quit 2019) &nbsp; {box(True)} FHx CAD<br>
ECG today: sinus rhythm 78, new TWI V2&ndash;V4 vs. {D('2025-06-12','us')} tracing. Office troponin I &lt;0.01 ng/mL at 10:05. ASA 325 mg given in office. Patient declined ED transfer; agrees to be seen in cardiology today. Meds: amlodipine 5 mg, rosuvastatin 20 mg, SL NTG prescribed.</td></tr>
</table>
<table class="h">
<colgroup><col style="width:40%"><col style="width:20%"><col style="width:22%"><col style="width:18%"></colgroup>
<tr><th>Requesting physician (print)</th><th>NPI</th><th>Signature</th><th>Date</th></tr>
<tr><td>Harold W. Quarles, MD</td><td>{f['referring_npi']}</td><td style="font-style:italic">H. W. Quarles</td><td>{D(f['referral_date'],'us')}</td></tr>
</table>
<div style="font-size:7.5pt; margin-top:5px">Consultant: please fax report to {P(f['referring_fax'],'paren_nosp')}. Spoke with Magnolia Heart triage RN (Dana) at 10:40 &mdash; patient to arrive by 1:00 PM.</div>
</div>

<div class="cut"><span>&#9986; &nbsp; DETACH HERE &mdash; PATIENT COPY &nbsp; &#9986;</span></div>

<div class="stub">
<div style="font-weight:bold; font-size:12pt">YOUR HEART CLINIC VISIT</div>
<table style="margin-top:4px">
<tr><td>Name:</td><td><span class="ln">Josephine LeBlanc</span></td><td>Clinic:</td><td>Magnolia Heart Institute</td></tr>
<tr><td>Go to:</td><td colspan="3">571 Stadium Dr, 2nd floor, Jackson, MS 39216 &middot; front desk {P('6013546600','paren_nosp')}</td></tr>
<tr><td>When:</td><td><span class="ln">TODAY {D('2026-11-02','us')} &mdash; by 1:00 PM</span></td><td>Bring:</td><td>this slip, all pill bottles, insurance card, photo ID</td></tr>
<tr><td>Follow-up:</td><td colspan="3">Riverside Internal Medicine, Dr. Quarles, on <span class="ln">{D('2026-11-16','us')} 9:30 AM</span></td></tr>
</table>
<p style="font-size:9pt; margin:6px 0 0 0"><b>If chest pain lasts more than 5 minutes, comes at rest, or is not relieved by one nitroglycerin, CALL 911.</b> Do not drive yourself.</p>
</div>
<div style="font-size:7pt; margin-top:4px">Form RIM-12 &middot; Reorder from Delta Business Forms 1-800-555-0143</div>
"""
    hdr = "11/02/2026  MON 10:52 FAX 6013721944 RIVERSIDE IM"
    html = page("NW06", css, [sheet(p1, hdr + "|@001")])
    return dict(html=html, fields=f, pages=1, mode="standard",
                kind="cardiology_consult_slip_carbonless_tearoff_stub_header_labels")


# ====================================================================== NW07
def nw07():
    """School-based health center referral to child psychiatry + parent authorization page."""
    f = {
        "patient_last_name": "Brooks-Whitaker",
        "patient_first_name": "Aaliyah",
        "patient_dob": "2013-03-08",
        "patient_sex": "F",
        "patient_phone": "7203316648",
        "patient_mrn": "HCH-000418822",
        "insurance_payer": "Health First Colorado",
        "insurance_member_id": "K902315",
        "referring_provider": "Jordan Ellery",
        "referring_npi": npi("194417320"),
        "referring_phone": "3033870455",
        "referring_fax": "3033870461",
        "referred_to_specialty": "psychiatry",
        "referred_to_provider": "Farah Qureshi",
        "diagnosis_codes": ["F90.2", "F41.1"],
        "reason": "Medication evaluation for ADHD with comorbid anxiety after inadequate response to stimulant trial and worsening school avoidance",
        "urgency": "routine",
        "referral_date": "2026-10-14",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.band { display:flex; align-items:center; gap:12px; border:2px solid #000; border-radius:12px; padding:6px 12px; margin-top:8px; }
.seal { width:0.7in; height:0.7in; border:2px solid #000; border-radius:50%; text-align:center; font-size:7pt; font-weight:bold; line-height:1.1; padding-top:0.14in; }
.band .n { font-size:14pt; font-weight:bold; }
h2 { text-align:center; margin:10px 0 4px 0; font-size:13pt; letter-spacing:1px; }
.part { margin-top:8px; border-top:2px solid #000; padding-top:3px; }
.part .pt { font-weight:bold; font-size:10pt; }
.kv { display:grid; grid-template-columns: 1.45in 1fr 1.25in 1fr; gap:3px 8px; margin-top:3px; }
.kv .l { font-size:9pt; }
.kv .v { font-style:italic; font-size:10.5pt; }
.wide { grid-column: span 3; }
.txt { font-style:italic; font-size:10.5pt; margin:2px 0 0 0; }
.sig { display:flex; gap:24px; margin-top:22px; }
.sig div { flex:1; border-top:1px solid #000; font-size:8pt; padding-top:1px; }
.consent p { margin:5px 0; font-size:10pt; line-height:1.35; }
"""
    p1 = f"""
<div class="band"><div class="seal">EASTSIDE<br>MIDDLE<br>SBHC</div>
<div><div class="n">Eastside Middle School-Based Health Center</div>
<div style="font-size:9pt">Operated by Hilltop Community Health Centers &middot; 3340 Albion St, Room 118, Denver, CO 80207</div>
<div style="font-size:9pt">Clinic {P(f['referring_phone'],'dash')} &middot; Confidential fax {P(f['referring_fax'],'dash')} &middot; Open school days 7:30&ndash;4:00</div></div></div>
<h2>STUDENT HEALTH REFERRAL &mdash; BEHAVIORAL HEALTH</h2>

<div class="part"><div class="pt">A. Student</div>
<div class="kv">
<div class="l">Student name:</div><div class="v">Aaliyah J. Brooks-Whitaker</div><div class="l">Date of birth:</div><div class="v">{D(f['patient_dob'],'long')}</div>
<div class="l">Gender:</div><div class="v">Female</div><div class="l">Grade / homeroom:</div><div class="v">7th / Rm 204</div>
<div class="l">Student home phone:</div><div class="v">{P(f['patient_phone'],'paren')}</div><div class="l">Health center ID:</div><div class="v">{f['patient_mrn']}</div>
<div class="l">Parent / guardian:</div><div class="v">Tamara Whitaker (mother)</div><div class="l">Guardian cell:</div><div class="v">{P('7208840213','paren')}</div>
<div class="l">Coverage:</div><div class="v">{f['insurance_payer']} (Colorado Medicaid)</div><div class="l">Medicaid ID:</div><div class="v">{f['insurance_member_id']}</div>
</div></div>

<div class="part"><div class="pt">B. Referred by</div>
<div class="kv">
<div class="l">Clinician:</div><div class="v">Jordan Ellery, MSN, CPNP-PC</div><div class="l">NPI:</div><div class="v">{f['referring_npi']}</div>
<div class="l">Phone / fax:</div><div class="v wide">{P(f['referring_phone'],'dash')} / {P(f['referring_fax'],'dash')}</div>
<div class="l">Supervising MD:</div><div class="v wide">Lucia Benavides, MD, Hilltop CHC pediatrics</div>
<div class="l">Student's PCP:</div><div class="v wide">same (SBHC is medical home)</div>
</div></div>

<div class="part"><div class="pt">C. Referred to</div>
<div class="kv">
<div class="l">Service:</div><div class="v">Child &amp; Adolescent Psychiatry</div><div class="l">Provider:</div><div class="v">Farah Qureshi, MD</div>
<div class="l">Agency:</div><div class="v wide">Rocky Mountain Youth Behavioral Health, 1280 Vine St, Denver, CO 80206<br>Tel {P('3036950127','paren')}</div>
<div class="l">Priority:</div><div class="v wide">{box(True)} Routine &nbsp; {box(False)} Urgent (within 72 hours) &nbsp; {box(False)} Crisis &mdash; use crisis line, not this form</div>
</div></div>

<div class="part"><div class="pt">D. Problem</div>
<div class="kv">
<div class="l">ICD-10:</div><div class="v wide">F90.2 &nbsp;Attention-deficit hyperactivity disorder, combined type<br>F41.1 &nbsp;Generalized anxiety disorder</div>
<div class="l">Reason for referral:</div><div class="v wide">{f['reason']}.</div>
</div>
<p class="txt" style="margin-top:6px">Diagnosed ADHD age 8. Methylphenidate ER 36 mg since 03/2026 with appetite loss and limited benefit per Vanderbilt (teacher) 09/2026. GAD-7 = 15 today. Missed 9 school days this quarter, somatic complaints on test days. Denies SI/HI; safety plan reviewed. Sees SBHC therapist (Ms. Renata Ochoa, LCSW) weekly. 504 plan in place; school counselor Patrice Dunaway {P('3033870400','dash')} x118.</p>
</div>

<div class="part"><div class="pt">E. Visit and signature</div>
<div class="kv">
<div class="l">Date seen at SBHC:</div><div class="v">{D('2026-10-09','long')}</div><div class="l">Date of referral:</div><div class="v">{D(f['referral_date'],'long')}</div>
</div>
<div class="sig"><div>Referring clinician signature &mdash; <i>J. Ellery, CPNP</i></div><div>Parent/guardian consent on file (see page 2)</div></div>
</div>
<div style="position:absolute; bottom:0.3in; left:0.55in; right:0.55in; font-size:7.5pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between"><span>HCHC-SBHC-REF-4 (rev. 8/2025)</span><span>Protected under 42 CFR Part 2 and HIPAA &mdash; do not redisclose</span><span>page 1 of 2</span></div>
"""
    p2 = f"""
<div class="band"><div class="seal">EASTSIDE<br>MIDDLE<br>SBHC</div>
<div><div class="n">Authorization for Release of Health Information</div>
<div style="font-size:9pt">Hilltop Community Health Centers &middot; School-Based Health Program</div></div></div>
<div class="consent" style="margin-top:10px">
<p><b>Student:</b> <i>Aaliyah J. Brooks-Whitaker</i> &nbsp;&nbsp; <b>DOB:</b> <i>{D(f['patient_dob'],'us')}</i> &nbsp;&nbsp; <b>ID:</b> <i>{f['patient_mrn']}</i></p>
<p>I authorize <b>Eastside Middle School-Based Health Center / Hilltop Community Health Centers</b> to release and exchange the following information with <b>Rocky Mountain Youth Behavioral Health (Farah Qureshi, MD)</b>, 1280 Vine St, Denver, CO 80206:</p>
<p>{box(True)} Referral form and visit notes &nbsp; {box(True)} Medication list &nbsp; {box(True)} Rating scales (Vanderbilt, GAD-7) &nbsp; {box(False)} School records (IEP/504) &nbsp; {box(False)} Substance use treatment records</p>
<p><b>Purpose:</b> coordination of care and medication evaluation.</p>
<p>This authorization expires on <i>{D('2027-10-14','long')}</i> or one year from signing. I may revoke it in writing at any time, except where action has already been taken. Treatment at the health center does not depend on signing this form. Information disclosed may be redisclosed by the recipient and may no longer be protected by federal privacy rules, except records covered by 42 CFR Part 2.</p>
<div class="sig"><div>Signature of parent / legal guardian &mdash; <i>Tamara Whitaker</i></div><div>Relationship &mdash; <i>Mother</i></div><div>Date &mdash; <i>{D('2026-10-13','long')}</i></div></div>
<div class="sig"><div>Student assent (age 12+) &mdash; <i>Aaliyah B-W</i></div><div>Witness &mdash; <i>Marco Villanueva, MA</i></div><div>Date &mdash; <i>{D('2026-10-13','long')}</i></div></div>
<p style="margin-top:24px"><b>For the receiving agency:</b> please send scheduling information to the family at the guardian cell above and a copy of the consultation note to the SBHC confidential fax, {P(f['referring_fax'],'dash')}. Questions: SBHC front desk, {P(f['referring_phone'],'dash')}, or the Hilltop referral coordinator, {P('3033871100','dash')}.</p>
<p style="margin-top:16px; border:1px solid #000; padding:6px; font-size:8.5pt">Copy given to parent/guardian: {box(True)} yes &nbsp; Scanned to EHR: {box(True)} {D('2026-10-13','us')} by MV</p>
</div>
<div style="position:absolute; bottom:0.3in; left:0.55in; right:0.55in; font-size:7.5pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between"><span>HCHC-ROI-2 (rev. 1/2026)</span><span>page 2 of 2</span></div>
"""
    hdr = "Oct 14 2026 02:37PM  HILLTOP CHC SBHC  3033870461"
    html = page("NW07", css, [sheet(p1, hdr + "|p.1"), sheet(p2, hdr + "|p.2")])
    return dict(html=html, fields=f, pages=2, mode="fine",
                kind="school_based_health_center_referral_child_psychiatry_with_release")


# ====================================================================== NW08
def nw08():
    """General dentist's referral letter to ENT with tooth chart + clinical record page."""
    f = {
        "patient_last_name": "Farraday",
        "patient_first_name": "Gideon",
        "patient_dob": "1984-01-22",
        "patient_phone": "2078714410",
        "patient_mrn": "10482",
        "insurance_payer": "Harvard Pilgrim Health Care",
        "insurance_member_id": "HPH88301527",
        "referring_provider": "Priya Raman",
        "referring_npi": npi("167730512"),
        "referring_phone": "2077730815",
        "referring_fax": "2077730822",
        "referred_to_specialty": "otolaryngology",
        "referred_to_provider": "Owen Castellanos",
        "diagnosis_codes": ["J32.0", "K04.7"],
        "reason": "Persistent right maxillary sinusitis and suspected oroantral communication following extraction of tooth #3; please evaluate for closure and sinus management",
        "urgency": "routine",
        "referral_date": "2026-10-14",
    }
    css = """
body { font-family: 'URW Bookman', 'Bookman Old Style', serif; font-size: 10.3pt; }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:1px solid #000; padding-bottom:4px; margin-top:10px; }
.lh .n { font-size:16pt; }
.lh .s { font-size:8.5pt; text-align:right; }
p { margin:0 0 8px 0; line-height:1.32; }
.re { margin:8px 0 10px 0; }
.re td { padding:1px 10px 1px 0; vertical-align:top; font-size:9.8pt; }
table.tc { border-collapse:collapse; margin:4px auto 2px auto; }
table.tc td { border:1px solid #000; width:0.36in; height:0.25in; text-align:center; font-size:8pt; }
table.tc td.x { font-weight:bold; font-size:11pt; }
.rec table { width:100%; }
.rec th, .rec td { border-bottom:1px solid #000; padding:3px 4px; text-align:left; vertical-align:top; font-size:9.3pt; }
"""
    upper = "".join(f'<td class="{"x" if n == 3 else ""}">{"X" if n == 3 else n}</td>' for n in range(1, 17))
    lower = "".join(f'<td>{n}</td>' for n in range(32, 16, -1))
    p1 = f"""
<div class="lh"><div><div class="n">Harborview Family Dentistry</div>
<div style="font-size:9pt">Priya Raman, DDS &nbsp;&middot;&nbsp; Michael Thornquist, DMD &nbsp;&middot;&nbsp; Anna Leclair, RDH</div></div>
<div class="s">220 Commercial Street, Suite 3<br>Portland, Maine 04101<br>tel {P(f['referring_phone'],'dot')} &nbsp; fax {P(f['referring_fax'],'dot')}</div></div>

<p style="margin-top:14px">{D(f['referral_date'],'dmy')}</p>
<p>Owen Castellanos, MD<br>Casco Bay Ear, Nose &amp; Throat<br>1601 Congress Street, Portland, ME 04102<br>By fax: {P('2077613308','dot')}</p>

<table class="re">
<tr><td><b>Re:</b></td><td>Gideon Farraday &nbsp;&middot;&nbsp; born {D(f['patient_dob'],'dmy')} &nbsp;&middot;&nbsp; our chart #{f['patient_mrn']}</td></tr>
<tr><td></td><td>Phone {P(f['patient_phone'],'dot')} &nbsp;&middot;&nbsp; 48 Brackett St, Portland, ME 04102</td></tr>
<tr><td></td><td>Medical coverage: {f['insurance_payer']}, member ID {f['insurance_member_id']}</td></tr>
<tr><td></td><td style="font-size:8.5pt">(Dental plan Northeast Delta Dental, ID 0071184-22, does not apply to your services.)</td></tr>
</table>

<p>Dear Dr. Castellanos,</p>
<p>Thank you for seeing this 42-year-old patient of our practice, whom I am referring to you for {f['reason']}.</p>
<p>Tooth #3 (maxillary right first molar) had a periapical abscess with a vertical root fracture and was surgically extracted here on {D('2026-09-16','dmy')} (CDT D7210). The palatal root apex was in close contact with the sinus floor. A positive nose-blow test was noted at the two-week check; the site was managed with a collagen plug and figure-eight suture and the patient was given sinus precautions and amoxicillin-clavulanate 875 mg twice daily for 10 days. Since then there has been right facial pressure, foul post-nasal drainage and occasional fluid passage into the nose when drinking. A CBCT taken {D('2026-10-09','dmy')} shows mucosal thickening and near-complete opacification of the right maxillary sinus and an approximately 3 mm defect in the alveolar floor at the #3 socket. The adjacent #2 and #4 test vital.</p>
<p>Working diagnoses: J32.0 chronic maxillary sinusitis and K04.7 periapical abscess without sinus tract (tooth #3, pre-extraction).</p>

<div style="font-size:8.5pt; text-align:center">Universal numbering &mdash; X = extracted {D('2026-09-16','dmy')}</div>
<table class="tc"><tr>{upper}</tr><tr>{lower}</tr></table>

<p style="margin-top:8px">Medical history is notable for seasonal allergic rhinitis (fluticasone nasal spray) and no known drug allergies. I have held any further restorative work on the upper right until you have seen the patient. I would be glad to coordinate a combined closure if you feel that is best. The CBCT images are available on disc or by secure link.</p>
<p>With thanks and kind regards,</p>
<p style="margin-top:18px; font-style:italic; font-size:13pt">Priya Raman</p>
<p>Priya Raman, DDS &nbsp;&middot;&nbsp; NPI {f['referring_npi']}<br>Direct line {P(f['referring_phone'],'dot')} &nbsp;&middot;&nbsp; fax {P(f['referring_fax'],'dot')}</p>
<p style="font-size:8.5pt">cc: Evelyn Marsh, MD (primary care), Maine Medical Partners &ndash; Falmouth, fax {P('2077812245','dot')}</p>
"""
    p2 = f"""
<div class="lh"><div><div class="n" style="font-size:13pt">Harborview Family Dentistry &mdash; Clinical Record Excerpt</div></div>
<div class="s">Patient: FARRADAY, GIDEON &middot; Chart #{f['patient_mrn']}<br>Printed {D('2026-10-14','dmy')} &middot; page 2 of 2</div></div>
<div class="rec" style="margin-top:8px">
<table>
<tr><th style="width:17%">Date</th><th style="width:10%">Tooth</th><th style="width:12%">CDT</th><th>Procedure / note</th><th style="width:11%">Provider</th></tr>
<tr><td>{D('2026-08-28','dmy')}</td><td>3</td><td>D0140</td><td>Limited oral evaluation, problem focused. Pain to biting UR x 1 wk, swelling buccal. Percussion ++, cold no response.</td><td>PR</td></tr>
<tr><td>{D('2026-08-28','dmy')}</td><td>3</td><td>D0220</td><td>Periapical radiograph: PA radiolucency, J-shaped lesion MB root suspicious for VRF.</td><td>PR</td></tr>
<tr><td>{D('2026-09-16','dmy')}</td><td>3</td><td>D7210</td><td>Surgical extraction, sectioned. Palatal root tip close to sinus floor, removed intact. Membrane not visualized. Hemostasis achieved, 4-0 chromic.</td><td>PR</td></tr>
<tr><td>{D('2026-09-30','dmy')}</td><td>3</td><td>D0171</td><td>Post-op check. Positive nose-blow test. Collagen plug + figure-8 suture. Sinus precautions; Augmentin 875 mg BID x 10 d.</td><td>PR</td></tr>
<tr><td>{D('2026-10-09','dmy')}</td><td>&mdash;</td><td>D0367</td><td>CBCT, maxilla: R maxillary sinus near-complete opacification; ~3 mm oroantral defect at #3 socket; L sinus clear; OMC patency not assessed.</td><td>PR</td></tr>
<tr><td>{D('2026-10-09','dmy')}</td><td>3</td><td>&mdash;</td><td>Discussed ENT referral; patient agrees. Records request form signed.</td><td>PR</td></tr>
</table>
<p style="margin-top:12px"><b>Medical alerts:</b> none. &nbsp; <b>Allergies:</b> NKDA. &nbsp; <b>Medications:</b> fluticasone 50 mcg nasal, 2 sprays daily; ibuprofen PRN.</p>
<p><b>Vitals {D('2026-10-09','dmy')}:</b> BP 124/78, pulse 72, temp 98.9 F.</p>
<p><b>Radiographic interpretation (CBCT, FOV 8x8 cm):</b> Right maxillary sinus with circumferential mucosal thickening up to 9 mm and dependent fluid; discontinuity of the sinus floor cortex measuring approximately 3.1 mm at the #3 extraction site. No foreign body or retained root. Left maxillary sinus and nasal cavity unremarkable within the field of view. Read by Priya Raman, DDS; formal OMR over-read by Coastal Oral Radiology requested {D('2026-10-10','dmy')}.</p>
<p style="margin-top:14px; font-size:8.5pt">Harborview Family Dentistry &middot; 220 Commercial Street, Suite 3, Portland, ME 04101 &middot; This record is confidential.</p>
</div>
"""
    hdr = "OCT-14-2026 11:03  HARBORVIEW FAMILY DENT  207 773 0822"
    html = page("NW08", css, [sheet(p1, hdr + "|PAGE 1"), sheet(p2, hdr + "|PAGE 2")])
    return dict(html=html, fields=f, pages=2, mode="standard",
                kind="dental_practice_letter_to_ent_with_tooth_chart_and_record")


# ====================================================================== NW09
def nw09():
    """Workers' comp nurse case manager's referral authorization notice (inline run-on labels) + work status note."""
    f = {
        "patient_last_name": "Hollister",
        "patient_first_name": "Dean",
        "patient_dob": "1979-08-17",
        "patient_sex": "M",
        "patient_phone": "5178820461",
        "insurance_payer": "Accident Fund Insurance Company of America",
        "insurance_member_id": "26-WC-413877",
        "referring_provider": "Marcus Oyelaran",
        "referring_npi": npi("108357721"),
        "referring_phone": "5173235500",
        "referring_fax": "5173235518",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Samuel Okereke",
        "diagnosis_codes": ["S83.241A", "M25.561"],
        "reason": "Orthopedic consultation for right knee medial meniscus tear on MRI after work-related twisting injury; evaluate for arthroscopic surgery",
        "urgency": "routine",
        "referral_date": "2026-10-28",
    }
    css = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 9.6pt; }
.lh { border-bottom:2px solid #000; padding-bottom:4px; margin-top:8px; display:flex; justify-content:space-between; }
.lh .n { font-size:13pt; font-weight:bold; }
.memo td { padding:2px 8px 2px 0; vertical-align:top; }
.memo td.l { font-weight:bold; width:0.8in; }
h2 { font-size:12pt; text-align:center; margin:10px 0 6px 0; letter-spacing:1px; border:1.5px solid #000; padding:3px; }
.facts p { margin:0 0 5px 0; line-height:1.35; }
.facts b { font-weight:bold; }
.sep { color:#000; padding:0 4px; }
.box { border:1px solid #000; padding:5px 8px; margin-top:8px; }
.note p { margin:0 0 6px 0; line-height:1.35; }
table.ws { width:100%; margin-top:4px; }
table.ws td { border:1px solid #000; padding:3px 5px; vertical-align:top; }
"""
    S = '<span class="sep">|</span>'

    def NW(s):
        return f'<span style="white-space:nowrap">{s}</span>'
    p1 = f"""
<div class="lh"><div><div class="n">ACCIDENT FUND INSURANCE COMPANY OF AMERICA</div>
<div>Workers' Compensation Claims &middot; Medical Management Unit &middot; 200 N Grand Ave, Lansing, MI 48933</div></div>
<div style="text-align:right; white-space:nowrap">Claims {P('8006464321','one_dash')}<br>Medical mgmt fax {P('5173427795','dash')}</div></div>

<table class="memo" style="margin-top:8px">
<tr><td class="l">TO:</td><td>Capital Orthopaedic &amp; Sports Medicine &mdash; Samuel Okereke, MD &nbsp;(fax {P('5173499021','dash')}, ph {P('5173499000','dash')})</td></tr>
<tr><td class="l">CC:</td><td>WorkWell Occupational Health &mdash; Marcus Oyelaran, DO (treating physician); claimant; employer</td></tr>
<tr><td class="l">FROM:</td><td>Renee Dufresne, RN, CCM &mdash; Nurse Case Manager, direct {P('5173427780','dash')} ext. 4412</td></tr>
<tr><td class="l">DATE:</td><td>{D(f['referral_date'],'us_dash')}</td></tr>
</table>

<h2>SPECIALIST REFERRAL &mdash; AUTHORIZATION NOTICE</h2>

<div class="facts">
<p><b>Claimant (injured worker):</b> Dean P. Hollister {S} <b>DOB</b> {NW(D(f['patient_dob'],'us_dash'))} {S} <b>Sex</b> Male {S} <b>Phone</b> {NW(P(f['patient_phone'],'dash'))} {S} <b>Address</b> 2219 Ferris Ave, Lansing, MI 48906</p>
<p><b>Carrier:</b> {f['insurance_payer']} {S} <b>Claim No.</b> {f['insurance_member_id']} {S} <b>Date of injury</b> {NW(D('2026-09-22','us_dash'))} {S} <b>Jurisdiction</b> Michigan {S} <b>Adjuster</b> Kyle Brennan {NW(P('5173427712','dash'))}</p>
<p><b>Employer:</b> Great Lakes Cold Storage, Inc., 4100 S Creyts Rd, Lansing {S} <b>Contact</b> HR, Tonya Pruett {NW(P('5173210044','dash'))} {S} <b>Occupation</b> warehouse order selector</p>
<p><b>Treating / requesting physician:</b> Marcus A. Oyelaran, DO, Occupational Medicine {S} <b>NPI</b> {f['referring_npi']} {S} WorkWell Occupational Health, 3320 W Saginaw St, Lansing, MI 48917 {S} <b>Tel</b> {NW(P(f['referring_phone'],'dash'))} {S} <b>Fax</b> {NW(P(f['referring_fax'],'dash'))}</p>
<p><b>Specialist:</b> Samuel Okereke, MD {S} <b>Specialty</b> Orthopaedic Surgery (sports medicine / knee) {S} Capital Orthopaedic &amp; Sports Medicine, 1520 Lake Lansing Rd, Lansing, MI 48912</p>
<p><b>Accepted body part:</b> right knee {S} <b>ICD-10</b> S83.241A (other tear of medial meniscus, current injury, right knee, initial encounter); M25.561 (pain in right knee)</p>
<p><b>Reason for referral:</b> {f['reason']}.</p>
<p><b>Priority:</b> Routine {S} <b>Authorization #</b> MM-2611-07719 {S} <b>Valid</b> {NW(D('2026-10-28','us_dash'))} through {NW(D('2027-01-26','us_dash'))}</p>
</div>

<div class="box">
<b>Services authorized:</b> one (1) new-patient orthopaedic consultation, CPT 99204 or 99244; right knee radiographs, CPT 73562, if not already obtained. <b>Not authorized without a separate request:</b> surgery (CPT 29881 or similar), injections, DME, physical therapy, MRI (already completed {D('2026-10-16','us_dash')}, Lansing Open MRI).<br>
Bill the carrier directly with the claim number above; do not bill the claimant or group health insurance. Fee schedule: Michigan WC Health Care Services Rules.
</div>
<div class="box">
<b>Requests to the specialist:</b> please fax the consultation note, work status (restrictions or off work) and treatment plan to the nurse case manager at {P('5173427795','dash')} within 3 business days of the visit, and send a copy to Dr. Oyelaran at {P(f['referring_fax'],'dash')}. Pre-certification for any surgery: {P('8006464321','one_dash')}, option 3.
</div>
<p style="margin-top:18px">Renee Dufresne, RN, CCM<br>Nurse Case Manager, Medical Management Unit</p>
<p style="font-size:8pt; margin-top:10px">Notice of confidentiality: This notice concerns a workers' compensation claim and contains medical information disclosed under MCL 418.230 and 45 CFR 164.512(l). Page 1 of 2.</p>
"""
    p2 = f"""
<div class="lh"><div><div class="n">WorkWell Occupational Health</div>
<div>3320 W Saginaw St, Lansing, MI 48917 &middot; Tel {P(f['referring_phone'],'dash')} &middot; Fax {P(f['referring_fax'],'dash')}</div></div>
<div style="text-align:right"><b>WORK STATUS REPORT &amp; PROGRESS NOTE</b><br>Visit {D('2026-10-20','us_dash')}</div></div>
<div class="note" style="margin-top:8px">
<table class="ws">
<tr><td><b>Patient:</b> Hollister, Dean P.</td><td><b>DOB:</b> {D(f['patient_dob'],'us_dash')}</td><td><b>Claim #:</b> {f['insurance_member_id']}</td><td><b>DOI:</b> {D('2026-09-22','us_dash')}</td></tr>
<tr><td colspan="2"><b>Employer:</b> Great Lakes Cold Storage, Inc.</td><td colspan="2"><b>Provider:</b> Marcus A. Oyelaran, DO</td></tr>
</table>
<p style="margin-top:8px"><b>History:</b> 47-year-old order selector twisted the right knee stepping off a pallet jack on {D('2026-09-22','us_dash')}. Immediate medial knee pain, swelling next day, catching and locking 2&ndash;3 times per week since. Seen here {D('2026-09-24','us_dash')}; treated with ice, naproxen 500 mg BID, hinged brace, modified duty. No prior knee injury.</p>
<p><b>Exam today:</b> Small effusion. Medial joint-line tenderness. McMurray positive medially with palpable click. Lachman and drawer negative, stable to varus/valgus. ROM 5&ndash;115 degrees. Antalgic gait.</p>
<p><b>MRI right knee ({D('2026-10-16','us_dash')}):</b> oblique/horizontal tear of the posterior horn medial meniscus extending to the inferior articular surface; no ligament tear; small joint effusion.</p>
<p><b>Assessment:</b> S83.241A tear of medial meniscus, right knee, initial encounter; M25.561 right knee pain. Symptoms mechanical, not improving after 4 weeks of conservative care.</p>
<p><b>Plan:</b> Request orthopaedic referral (sent to carrier NCM {D('2026-10-20','us_dash')}). Continue brace and NSAID. Recheck in 2 weeks or after orthopaedic visit.</p>
<table class="ws" style="margin-top:6px">
<tr><td style="width:28%"><b>Work status</b></td><td>{box(False)} Full duty &nbsp; {box(True)} Modified duty &nbsp; {box(False)} Off work</td></tr>
<tr><td><b>Restrictions</b></td><td>Seated or standing work only; no squatting, kneeling, climbing or ladders; no pallet-jack operation; lift/carry max 15 lb occasionally. Brace at all times at work.</td></tr>
<tr><td><b>Restrictions valid</b></td><td>{D('2026-10-20','us_dash')} until next visit ({D('2026-11-03','us_dash')})</td></tr>
</table>
<p style="margin-top:22px">Electronically signed: Marcus A. Oyelaran, DO &nbsp;&middot;&nbsp; {D('2026-10-20','us_dash')} 17:12 &nbsp;&middot;&nbsp; NPI {f['referring_npi']}</p>
<p style="font-size:8pt; margin-top:14px">Page 2 of 2 &middot; Forwarded by Accident Fund Medical Management with referral authorization MM-2611-07719.</p>
</div>
"""
    hdr = "10-28-2026  09:41  ACCIDENT FUND MMU  517-342-7795"
    html = page("NW09", css, [sheet(p1, hdr + "|PG 1/2"), sheet(p2, hdr + "|PG 2/2")])
    return dict(html=html, fields=f, pages=2, mode="fine",
                kind="workers_comp_case_manager_authorization_inline_labels_with_work_status")


# ====================================================================== NW10
def nw10():
    """Telehealth platform's generated referral PDF: cards, labels above values, +1 phones, ISO dates."""
    f = {
        "patient_last_name": "Lindholm",
        "patient_first_name": "Theodore",
        "patient_dob": "1990-12-02",
        "patient_sex": "M",
        "patient_phone": "4126083371",
        "patient_mrn": "CB-88213409",
        "insurance_payer": "Highmark Blue Shield",
        "insurance_member_id": "YJH902884417",
        "referring_provider": "Nadia Petrosyan",
        "referring_npi": npi("137461205"),
        "referring_phone": "8884027719",
        "referred_to_specialty": "dermatology",
        "diagnosis_codes": ["D48.5", "Z85.820"],
        "reason": "Changing pigmented lesion on the left upper back with irregular border in a patient with prior melanoma; needs in-person dermoscopy and excisional biopsy",
        "urgency": "urgent",
        "referral_date": "2026-10-13",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.2pt; }
.bar { display:flex; justify-content:space-between; align-items:center; border-bottom:2px solid #000; padding:4px 0 6px 0; margin-top:8px; }
.logo { display:flex; align-items:center; gap:8px; font-family:'URW Gothic', sans-serif; font-size:15pt; font-weight:bold; }
.logo .dot { width:0.32in; height:0.32in; border-radius:50%; border:3px solid #000; position:relative; }
.logo .dot:after { content:''; position:absolute; left:0.07in; top:0.07in; width:0.12in; height:0.12in; background:#000; border-radius:50%; }
.meta { text-align:right; font-size:8.2pt; }
h1 { font-family:'URW Gothic', sans-serif; font-size:15pt; margin:10px 0 2px 0; }
.pill { display:inline-block; border:1.5px solid #000; border-radius:10px; padding:0 8px; font-weight:bold; font-size:9pt; }
.cards { display:grid; grid-template-columns: 1fr 1fr; gap:8px; margin-top:8px; }
.card { border:1px solid #000; border-radius:8px; padding:6px 9px; }
.card.full { grid-column: span 2; }
.card .t { font-family:'URW Gothic', sans-serif; font-weight:bold; font-size:10pt; border-bottom:1px solid #000; margin-bottom:4px; padding-bottom:1px; }
.f2 { display:grid; grid-template-columns: 1fr 1fr; gap:4px 10px; }
.lb { font-size:7pt; text-transform:uppercase; letter-spacing:0.6px; }
.vl { font-size:10.8pt; }
.qr { width:0.9in; height:0.9in; display:grid; grid-template-columns: repeat(21, 1fr); border:2px solid #000; }
.qr i { display:block; }
.foot { position:absolute; bottom:0.28in; left:0.55in; right:0.55in; font-size:7.2pt; border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between; }
.ph { border:1.5px dashed #000; height:1.55in; display:flex; align-items:center; justify-content:center; font-size:8.5pt; text-align:center; }
.note p { margin:0 0 6px 0; line-height:1.35; }
"""
    rnd = random.Random(10)
    qr = "".join(f'<i style="background:{"#000" if rnd.random() < 0.45 else "#fff"}"></i>' for _ in range(21 * 21))

    def fv(label, value, span=""):
        st = ' style="grid-column: span 2"' if span else ""
        return f'<div{st}><div class="lb">{label}</div><div class="vl">{value}</div></div>'

    p1 = f"""
<div class="bar"><div class="logo"><div class="dot"></div>CareBridge Virtual Health</div>
<div class="meta">Referral ID RF-8H2K-Q7M4<br>Visit ID V-20261013-55102<br>Generated {f['referral_date']} 19:42 UTC</div></div>
<div style="display:flex; justify-content:space-between; align-items:flex-end">
<div><h1>Specialist Referral</h1><div>Created {D(f['referral_date'],'wd_abbr')}, 3:42 PM EDT &nbsp; <span class="pill">Priority: URGENT</span> &nbsp; <span class="pill">Status: Sent</span></div></div>
<div class="qr">{qr}</div></div>

<div class="cards">
<div class="card"><div class="t">Member</div><div class="f2">
{fv('Legal name', 'Theodore J. Lindholm', 1)}
{fv('Date of birth', f['patient_dob'])}{fv('Sex assigned at birth', 'Male')}
{fv('Mobile', P(f['patient_phone'],'intl'))}{fv('Patient ID', f['patient_mrn'])}
{fv('Address', '5120 Liberty Ave, Apt 3F, Pittsburgh, PA 15224', 1)}
</div></div>
<div class="card"><div class="t">Coverage</div><div class="f2">
{fv('Health plan', f['insurance_payer'], 1)}
{fv('Subscriber ID', f['insurance_member_id'])}{fv('Group', 'PPOBLUE-1187')}
{fv('Relationship', 'Self')}{fv('Eligibility checked', f['referral_date'] + ' 15:40')}
</div></div>
<div class="card"><div class="t">Referring clinician</div><div class="f2">
{fv('Name', 'Nadia Petrosyan, FNP-C', 1)}
{fv('NPI', f['referring_npi'])}{fv('Licensed in', 'PA (RN/CRNP)')}
{fv('Clinician line', P(f['referring_phone'],'intl'))}{fv('Records', 'Secure message via portal')}
</div></div>
<div class="card"><div class="t">Referred to</div><div class="f2">
{fv('Specialty', 'Dermatology (in person)', 1)}
{fv('Suggested practice', 'Allegheny Skin &amp; Mohs Surgery, 4815 Liberty Ave, Pittsburgh, PA 15224', 1)}
{fv('Practice phone', P('4122817700','intl'))}{fv('Provider', 'Any in-network dermatologist')}
</div></div>
<div class="card full"><div class="t">Diagnoses and reason</div>
<div class="f2">{fv('ICD-10-CM', 'D48.5 &mdash; Neoplasm of uncertain behavior of skin<br>Z85.820 &mdash; Personal history of malignant melanoma of skin', 1)}</div>
<div style="margin-top:4px"><div class="lb">Reason for referral</div><div class="vl" style="font-weight:normal">{f['reason']}.</div></div>
<div style="margin-top:4px"><div class="lb">Requested timeframe</div><div class="vl" style="font-weight:normal">Within 14 days. Member instructed to call the practice; we will follow up in 7 days.</div></div>
</div>
</div>
<p style="font-size:8pt; margin-top:8px">This referral was generated from an asynchronous (store-and-forward) telehealth visit. CareBridge clinicians do not receive faxes; send consult notes through the provider portal or to records@carebridge-vh.net. Member support {P('8884027700','intl')}.</p>
<div class="foot"><span>CareBridge Virtual Health, PC &middot; 1 Oxford Centre, Pittsburgh, PA 15219</span><span>doc sha1 7f3c9e21&hellip;b04d</span><span>Page 1 of 2</span></div>
"""
    p2 = f"""
<div class="bar"><div class="logo"><div class="dot"></div>CareBridge Virtual Health</div>
<div class="meta">Lindholm, Theodore &middot; DOB {f['patient_dob']}<br>Visit ID V-20261013-55102</div></div>
<h1>Visit Summary &mdash; Skin Concern (async)</h1>
<div class="cards">
<div class="card"><div class="t">Image 1 of 2</div><div class="ph">[member-submitted photo]<br>left upper back, with ruler<br>uploaded 2026-10-12 21:18</div></div>
<div class="card"><div class="t">Image 2 of 2</div><div class="ph">[member-submitted photo]<br>same lesion, close-up<br>uploaded 2026-10-12 21:19</div></div>
<div class="card full note"><div class="t">Clinical note</div>
<p><b>Chief concern:</b> "Mole on my back got bigger and darker, my wife noticed it."</p>
<p><b>History:</b> 35-year-old with melanoma in situ of the right forearm excised 2019 (Dr. Helen Farkas), last full skin exam 2024. Lesion present for years, changed over the past 3 months. No bleeding or itching. No new medications.</p>
<p><b>Findings on images:</b> approx. 9 x 7 mm pigmented macule, left upper back; asymmetric, irregular notched border, two shades of brown with a darker eccentric area. No ulceration visible.</p>
<p><b>Assessment:</b> Changing atypical pigmented lesion (D48.5) in a patient with personal history of melanoma (Z85.820). Concerning features; cannot be evaluated adequately by images.</p>
<p><b>Plan:</b> Urgent in-person dermatology for dermoscopy and excisional biopsy. Sun protection counseling. Return precautions given. Visit code 99422 (online digital E/M, 11&ndash;20 min).</p>
<p style="margin-top:10px"><b>Electronically signed</b> by Nadia Petrosyan, FNP-C &middot; {D(f['referral_date'],'abbr')} 3:40 PM EDT</p>
</div></div>
<div class="foot"><span>Printed from portal {D('2026-10-14','iso')} 08:05 EDT by referral coordinator</span><span>Confidential health information</span><span>Page 2 of 2</span></div>
"""
    html = page("NW10", css, [sheet(p1), sheet(p2)])
    return dict(html=html, fields=f, pages=2, mode="standard",
                kind="telehealth_platform_generated_referral_cards_no_fax",
                specks=True)
