"""NH06-NH10 document builders (see docs_a.py for the theme)."""
from common import npi, P, D, box, page, esc


# ====================================================================== NH06
def nh06():
    """EHR 'Outgoing Referral' printout (Pittsburgh internal medicine -> rheumatology, STAT for suspected giant cell
    arteritis) with the birth date as 05-JAN-1960 and a cluster of nearby dates (encounter, result, referral, signed,
    needed-by, printed); page 2 the visit note, birth date as 'Jan 5, 1960'."""
    f = {
        "patient_last_name": "Szymanski",
        "patient_first_name": "Dorothy",
        "patient_dob": "1960-01-05",
        "patient_sex": "F",
        "patient_phone": "4128839021",
        "patient_mrn": "E00418273",
        "insurance_payer": "UPMC Health Plan",
        "insurance_member_id": "UHP00317746",
        "referring_provider": "Anthony Greco",
        "referring_npi": npi("145560827"),
        "referring_phone": "4123218800",
        "referring_fax": "4123218815",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Farah Qureshi",
        "diagnosis_codes": ["M31.5", "R70.0"],
        "reason": "New temporal headache, jaw claudication and shoulder girdle stiffness with ESR 88; suspect giant "
                  "cell arteritis. Prednisone 60 mg started; please see within 24-48 hours.",
        "urgency": "stat",
        "referral_date": "2026-03-19",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
.ban { border:2px solid #000; display:flex; justify-content:space-between; align-items:center; padding:4px 8px; }
.ban .t { font-size:14pt; font-weight:bold; letter-spacing:1px; }
.ban .st { font-size:16pt; font-weight:bold; border:2px solid #000; padding:0 10px; }
.org { font-size:8.5pt; margin:4px 0 8px 0; display:flex; justify-content:space-between; }
.grid { display:grid; grid-template-columns: 1.35in 2.05in 1.25in 2.05in; row-gap:3px; column-gap:6px; margin-bottom:6px; }
.grid .l { font-weight:bold; font-size:8.5pt; }
.grid .v { font-family:'Liberation Mono', monospace; font-size:9.5pt; }
.hdr { font-weight:bold; font-size:9pt; border-bottom:1px solid #000; margin:9px 0 5px 0; text-transform:uppercase; }
.mono { font-family:'Liberation Mono', monospace; font-size:9.5pt; line-height:1.35; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
.vn { font-family:'Liberation Serif', serif; font-size:10.5pt; line-height:1.4; }
.vn p { margin:0 0 7px 0; }
"""

    def g(*pairs):
        return "".join(f'<div class="l">{l}</div><div class="v">{v}</div>' for l, v in pairs)

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="ban"><span class="t">OUTGOING REFERRAL</span><span class="st">STAT</span></div>
<div class="org"><span>Greentree Internal Medicine Associates &middot; 1195 Greentree Rd, Pittsburgh PA 15220</span>
<span>Ph {P(f['referring_phone'], 'paren_nosp')} &nbsp; Fx {P(f['referring_fax'], 'paren_nosp')}</span></div>
<div class="hdr">Patient</div>
<div class="grid">{g(('Name', 'SZYMANSKI, DOROTHY M'), ('MRN', f['patient_mrn']),
                     ('DOB', D(f['patient_dob'], 'cerner_uc') + ' (66Y)'), ('Sex', 'F'),
                     ('Home Phone', P(f['patient_phone'], 'paren_nosp')), ('Work Phone', '&mdash;'),
                     ('Address', '418 Hawkins Ave'), ('City/St', 'Pittsburgh PA 15216'))}</div>
<div class="hdr">Coverage</div>
<div class="grid">{g(('Payer', f['insurance_payer']), ('Member #', f['insurance_member_id']),
                     ('Product', 'Commercial PPO'), ('Group', 'G0071132'))}</div>
<div class="hdr">Referral</div>
<div class="grid">{g(('Encounter Date', D('2026-03-18', 'cerner_uc')), ('Referral Date', D(f['referral_date'], 'cerner_uc')),
                     ('Priority', 'STAT'), ('Needed By', D('2026-03-20', 'cerner_uc')),
                     ('Refer To Spec.', 'Rheumatology'), ('Refer To Prov.', 'QURESHI, FARAH MD'),
                     ('Refer To Loc.', 'Allegheny Rheum Assoc'), ('Loc. Fax', P('4123599460', 'paren_nosp')),
                     ('Visits Req.', '1 + follow-up'), ('Auth #', 'not required'))}</div>
<div class="hdr">Diagnoses</div>
<div class="mono">1. M31.5 &nbsp;Giant cell arteritis with polymyalgia rheumatica<br>
2. R70.0 &nbsp;Elevated erythrocyte sedimentation rate</div>
<div class="hdr">Reason for Referral</div>
<div class="mono">{esc(f['reason'])}</div>
<div class="hdr">Pertinent Results</div>
<div class="mono">ESR 88 mm/hr (H) &nbsp; collected {D('2026-03-18', 'cerner_uc')} 11:05, resulted {D('2026-03-18', 'cerner_uc')} 17:40<br>
CRP 6.2 mg/dL (H) &nbsp; CBC: Hgb 11.4, Plt 462 &nbsp; (same draw)<br>
Vision: no diplopia or vision loss reported as of {D('2026-03-19', 'cerner_uc')} 08:50 phone check.</div>
<div class="hdr">Ordering / Referring Provider</div>
<div class="grid">{g(('Provider', 'GRECO, ANTHONY J DO'), ('NPI', f['referring_npi']),
                     ('Signed', D('2026-03-19', 'cerner_uc') + ' 09:12'), ('Entered By', 'KRAMER, LISA RN'))}</div>
<div class="mono" style="margin-top:6px">Comments: Pt aware she must be seen this week. If no opening, please call
Dr. Greco's cell via office {P(f['referring_phone'], 'paren_nosp')}. Ophthalmology notified separately.</div>
<div class="ft"><span>Printed: {D('2026-03-19', 'cerner_uc')} 09:25 by KRAMERL</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner vn">
<div style="font-family:'Liberation Sans',Arial,sans-serif;display:flex;justify-content:space-between;border-bottom:1.5px solid #000;padding-bottom:3px;margin-bottom:8px">
<b>Progress Note &ndash; Internal Medicine</b><span>Greentree Internal Medicine Associates</span></div>
<p>Dorothy M. Szymanski &nbsp;&middot;&nbsp; DOB: {D(f['patient_dob'], 'abbr')} &nbsp;&middot;&nbsp; MRN {f['patient_mrn']}<br>
Date of service: {D('2026-03-18', 'abbr')} &nbsp;&middot;&nbsp; Provider: Anthony J. Greco, DO</p>
<p><b>Subjective:</b> 66-year-old woman with two weeks of new right temporal headache, scalp tenderness when brushing
her hair, and pain in the jaw after chewing for a few minutes. Morning stiffness of both shoulders and hips for about a
month, lasting over an hour. Low-grade fevers, 6 lb weight loss. No visual symptoms. Last seen {D('2025-11-04', 'abbr')}
for annual exam, well at that time.</p>
<p><b>Objective:</b> T 99.6 F, BP 132/78, HR 84. Right temporal artery tender and nodular with reduced pulse.
Painful limited shoulder abduction bilaterally. No synovitis of hands. Fundi not well seen.</p>
<p><b>Assessment:</b> Suspected giant cell arteritis with polymyalgia rheumatica features. ESR/CRP sent today.</p>
<p><b>Plan:</b> If ESR elevated, start prednisone 60 mg daily and place STAT rheumatology referral for temporal
artery ultrasound/biopsy planning; urgent ophthalmology review. Calcium/vitamin D, pantoprazole 40 mg while on
high-dose steroid. Patient's daughter, Karen Szymanski-Holt ({P('4125506613', 'dash')}), will drive her.</p>
<p><b>Addendum {D('2026-03-18', 'abbr')} 18:02:</b> ESR 88. Called patient; prednisone 60 mg sent to Giant Eagle
Pharmacy, Banksville Rd ({P('4125638120', 'dash')}). Referral to be placed first thing in the morning.</p>
<p style="margin-top:14px">Electronically signed by Anthony J. Greco, DO on {D('2026-03-18', 'abbr')} at 18:10</p>
<div class="ft"><span>Printed: {D('2026-03-19', 'cerner_uc')} 09:25 by KRAMERL</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NH06", css, p1 + p2), fields=f, pages=2,
                kind="ehr_outgoing_referral_printout_dd_mon_yyyy_dob_and_clustered_dates_stat_im_to_rheumatology_plus_note",
                mode="fine",
                fax=dict(when="03/19/2026 09:31", name="GREENTREE IM", number=f["referring_fax"],
                         to="4123599460", fmt="f"))


# ====================================================================== NH07
def nh07():
    """A urology practice's own 'New Patient Referral - please complete and fax back' form (Hartford CT), its
    instructions printed with the urology office's phone and fax, filled in by the referring community health center
    in typewriter type; MRN and requested urologist left blank ('first available'). Page 2 is the urinalysis report."""
    f = {
        "patient_last_name": "Santiago",
        "patient_first_name": "Efraín",
        "patient_dob": "1963-07-21",
        "patient_sex": "M",
        "patient_phone": "8602497713",
        "insurance_payer": "ConnectiCare",
        "insurance_member_id": "CC8812046011",
        "referring_provider": "Olusegun Adeyemi",
        "referring_npi": npi("114790362"),
        "referring_phone": "8605468200",
        "referring_fax": "8605468255",
        "referred_to_specialty": "urology",
        "diagnosis_codes": ["R31.0", "N40.1"],
        "reason": "Painless gross hematuria on two occasions in a current smoker; please evaluate with cystoscopy "
                  "and CT urogram.",
        "urgency": "urgent",
        "referral_date": "2026-03-24",
    }
    css = """
body { font-family: 'URW Gothic', 'Century Gothic', sans-serif; font-size: 9.5pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; }
.hd .n { font-size:17pt; font-weight:bold; }
.hd .a { font-size:8pt; text-align:right; line-height:1.35; }
.t { background:#000; color:#fff; font-size:12pt; font-weight:bold; padding:3px 8px; margin:8px 0 5px 0; }
.ins { border:1.5px dashed #000; padding:5px 8px; font-size:8.5pt; line-height:1.35; margin-bottom:7px; }
.q { display:flex; gap:8px; margin-bottom:7px; align-items:flex-end; }
.q > div { display:flex; align-items:flex-end; }
.q b { font-weight:normal; font-size:8pt; white-space:nowrap; margin-right:4px; }
.q span { flex:1; border-bottom:1px solid #000; min-height:14px; padding:0 3px;
          font-family:'Nimbus Mono PS', 'Courier New', monospace; font-weight:bold; font-size:10pt; white-space:nowrap; }
.q span.w { white-space:normal; line-height:1.25; }
.s { font-weight:bold; font-size:9pt; margin:8px 0 5px 0; border-bottom:1.5px solid #000; }
.cbl { font-size:8.5pt; margin-bottom:6px; }
.cbl .cb { font-family:'Nimbus Mono PS', monospace; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
.lab { font-family:'Liberation Mono', monospace; font-size:9pt; line-height:1.35; }
.lab table { width:100%; }
.lab th, .lab td { text-align:left; padding:1px 4px; }
.lab th { border-top:1px solid #000; border-bottom:1px solid #000; }
"""

    def q(*cells):
        return '<div class="q">' + "".join(
            f'<div style="flex:{x[2]}{";align-items:flex-start" if len(x) > 3 else ""}"><b>{x[0]}</b><span class="{x[3] if len(x) > 3 else ""}">{x[1]}</span></div>'
            for x in cells) + "</div>"

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Connecticut Valley Urology, LLC</div>
<div style="font-size:8.5pt">85 Seymour Street, Suite 700 &middot; Hartford, CT 06106</div></div>
<div class="a">Referral line {P('8605226700', 'dash')} opt. 3<br>Referral fax {P('8605226710', 'dash')}<br>www.ctvalleyuro.example</div></div>
<div class="t">NEW PATIENT REFERRAL &mdash; PLEASE COMPLETE AND FAX BACK</div>
<div class="ins"><b>Instructions:</b> Please complete ALL sections and fax this form, the last office note and any
imaging or lab results to <b>{P('8605226710', 'dash')}</b>. Incomplete forms will delay scheduling. For urgent
referrals, also call our referral coordinator at {P('8605226700', 'dash')} option 3 (Mon-Fri 8-4:30). We will fax an
appointment confirmation to the referring office within 2 business days.</div>
<div class="s">1. PATIENT</div>
{q(('Last name', 'SANTIAGO', 3), ('First name', 'EFRAÍN', 3), ('Sex', 'M', 1))}
{q(('Date of birth', D(f['patient_dob'], 'us'), 3), ('Patient phone', P(f['patient_phone'], 'dash'), 3), ('Lang.', 'Spanish', 1))}
{q(('Address', '92 Putnam St, Hartford CT 06106', 5), ('Referring office MRN', '', 2))}
<div class="s">2. INSURANCE</div>
{q(('Insurance company', f['insurance_payer'], 3), ('Member / policy #', f['insurance_member_id'], 3))}
{q(('Referral / auth # (if required by plan)', 'N/A', 4), ('Copay', '$40', 2))}
<div class="s">3. REFERRING PROVIDER</div>
{q(('Name / credentials', 'Olusegun Adeyemi, MD', 4), ('NPI', f['referring_npi'], 3))}
{q(('Practice', 'Park Street Community Health Center', 4), ('Phone', P(f['referring_phone'], 'dash'), 3))}
{q(('Office contact', 'Maribel Cruz, MA', 4), ('Fax', P(f['referring_fax'], 'dash'), 3))}
<div class="s">4. REFERRAL</div>
<div class="cbl">Requested urologist: {box(False)}Dr. Walsh &nbsp; {box(False)}Dr. Mehta &nbsp; {box(False)}Dr. Osei &nbsp; {box(True)}First available &nbsp;&nbsp;&nbsp; Location: {box(True)}Hartford {box(False)}Glastonbury</div>
<div class="cbl">Priority: {box(False)}Routine (next available) &nbsp; {box(True)}Urgent (within 2 weeks) &nbsp;&nbsp; Interpreter needed: {box(True)}Yes {box(False)}No</div>
{q(('Diagnosis / ICD-10', 'R31.0 Gross hematuria; N40.1 BPH with LUTS', 7))}
{q(('Reason for referral', esc(f['reason']), 7, 'w'))}
{q(('Pertinent history', 'Hematuria ' + D('2026-03-02', 'mmddyy') + ' and ' + D('2026-03-15', 'mmddyy') + '. 30 pk-yr smoker. Nocturia x3. On tamsulosin 0.4 mg. UA attached. No anticoagulants.', 7, 'w'))}
{q(('Imaging done', 'None yet', 3), ('Last creatinine', '0.9 (' + D('2026-03-16', 'mmddyy') + ')', 3))}
<div class="s">5. SIGNATURE</div>
{q(('Completed by', 'M. Cruz, MA for Dr. Adeyemi', 4), ('Date of referral', D(f['referral_date'], 'us'), 3))}
<div class="ft"><span>CVU-NP-REF rev. 2025</span><span>Fax completed form to {P('8605226710', 'dash')}</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner lab">
<div style="display:flex;justify-content:space-between;border-bottom:1.5px solid #000;padding-bottom:4px;margin-bottom:8px;font-family:'Liberation Sans',Arial,sans-serif">
<div><b style="font-size:11pt">CAPITOL REGION CLINICAL LABORATORIES</b><br>1 Constitution Plaza, Hartford CT 06103</div>
<div style="text-align:right;font-size:8.5pt">Client services {P('8605250091', 'dash')}<br>Medical director: Renata Okafor-Blum, MD</div></div>
<table>
<tr><td>PATIENT: SANTIAGO, EFRAIN</td><td>DOB: {D(f['patient_dob'], 'us')}</td><td>SEX: M</td></tr>
<tr><td>SPECIMEN: 26-075-11804</td><td>COLL: {D('2026-03-16', 'us')} 09:20</td><td>RPT: {D('2026-03-16', 'us')} 15:02</td></tr>
<tr><td>ORDERING: ADEYEMI, O</td><td>CLIENT: PARK ST CHC</td><td>ACCT: 2290-C</td></tr>
</table>
<br>
<b>URINALYSIS WITH MICROSCOPIC</b>
<table>
<tr><th>TEST</th><th>RESULT</th><th>FLAG</th><th>REFERENCE</th></tr>
<tr><td>Color</td><td>Red</td><td>A</td><td>Yellow</td></tr>
<tr><td>Clarity</td><td>Cloudy</td><td>A</td><td>Clear</td></tr>
<tr><td>Specific gravity</td><td>1.021</td><td></td><td>1.005-1.030</td></tr>
<tr><td>Blood</td><td>3+</td><td>A</td><td>Negative</td></tr>
<tr><td>Protein</td><td>Trace</td><td>A</td><td>Negative</td></tr>
<tr><td>Leukocyte esterase</td><td>Negative</td><td></td><td>Negative</td></tr>
<tr><td>Nitrite</td><td>Negative</td><td></td><td>Negative</td></tr>
<tr><td>RBC</td><td>&gt;50 /hpf</td><td>H</td><td>0-2</td></tr>
<tr><td>WBC</td><td>0-2 /hpf</td><td></td><td>0-5</td></tr>
<tr><td>Bacteria</td><td>None seen</td><td></td><td>None</td></tr>
</table>
<br>
<b>URINE CULTURE</b><br>
No growth at 48 hours (final {D('2026-03-18', 'us')}).<br><br>
<b>BASIC METABOLIC PANEL</b> (COLL {D('2026-03-16', 'us')})<br>
Creatinine 0.9 mg/dL (0.7-1.3) &nbsp; eGFR &gt;90 &nbsp; BUN 14 &nbsp; K 4.2<br><br>
Results reviewed by O. Adeyemi {D('2026-03-19', 'us')}.
<div class="ft" style="font-family:'Liberation Sans',Arial,sans-serif"><span>CRCL report v4</span><span>page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NH07", css, p1 + p2), fields=f, pages=2,
                kind="specialist_fax_back_intake_form_filled_by_referring_office_blank_mrn_first_available_to_urology_plus_ua",
                mode="standard", skew={1: 1.5},
                fax=dict(when="03/24/2026 14:26", name="PARK ST CHC", number=f["referring_fax"],
                         to="8605226710", fmt="a"))


# ====================================================================== NH08
def nh08():
    """A short referral sent as a secure message from the referring physician's EHR inbox and printed/faxed by the
    allergy office's system (Minneapolis): 'Subject: Referral for ...', fields inline in sentences, no sex, MRN,
    office phone or priority given."""
    f = {
        "patient_last_name": "Warsame",
        "patient_first_name": "Abdirahman",
        "patient_dob": "1988-02-11",
        "patient_phone": "6127704318",
        "insurance_payer": "Medica",
        "insurance_member_id": "MED40019366",
        "referring_provider": "Claire Vogel",
        "referring_npi": npi("150338917"),
        "referring_fax": "7635872290",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Elena Marsh",
        "diagnosis_codes": ["T63.441A", "Z91.030"],
        "reason": "systemic reaction with hives and throat tightness after a honeybee sting, treated with epinephrine "
                  "in the ED; please evaluate for venom testing and immunotherapy",
        "urgency": "routine",
        "referral_date": "2026-03-31",
    }
    css = """
body { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 9.5pt; line-height:1.45; }
.bar { border-top:2px solid #000; border-bottom:1px solid #000; padding:3px 0; display:flex; justify-content:space-between;
       font-family:'DejaVu Sans', sans-serif; font-size:8.5pt; }
table.h { margin:8px 0 10px 0; }
table.h td { padding:0 10px 0 0; vertical-align:top; }
table.h td.l { font-weight:bold; }
.msg { white-space:pre-wrap; border-top:1px dashed #000; padding-top:8px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-family:'DejaVu Sans', sans-serif; font-size:7.5pt;
      border-top:1px solid #000; padding-top:2px; display:flex; justify-content:space-between; }
"""
    msg = (
        f"Dr. Marsh,\n\n"
        f"I'd like to refer my patient Abdirahman Warsame (DOB 2/11/1988) to your allergy clinic. He had a "
        f"{esc(f['reason'])}. This was on Friday 3/27 at the North Memorial ED; he was observed 6 hours and sent home "
        f"with two EpiPen 0.3 mg auto-injectors. No prior reactions to stings that he recalls. He works outdoors for a "
        f"landscaping company, so re-exposure is likely this summer.\n\n"
        f"Dx: T63.441A (toxic effect of venom of bees, accidental, initial encounter), Z91.030 (bee allergy status).\n\n"
        f"Other history: mild intermittent asthma (albuterol PRN, uses about once a month), no beta-blockers, no "
        f"ACE inhibitor. No other medications.\n\n"
        f"Insurance is Medica, member ID MED40019366. Best number for him is his cell, {P(f['patient_phone'], 'dash')}; he "
        f"prefers Somali-speaking staff or an interpreter if available. His brother Hassan ({P('6127709952', 'dash')}) "
        f"helps with scheduling.\n\n"
        f"Please fax your consult note to our clinic at {P(f['referring_fax'], 'dash')} or reply to this message.\n\n"
        f"Thanks,\n"
        f"Claire Vogel, MD\n"
        f"Family Medicine, Crystal Lake Family Physicians\n"
        f"NPI {f['referring_npi']}"
    )
    body = f"""
<div class="sheet"><div class="inner">
<div class="bar"><span><b>Twin Cities Allergy &amp; Asthma</b> &ndash; Message Center</span><span>Printed {D('2026-04-01', 'us_short')} 8:03 AM by front desk (SAHMED)</span></div>
<table class="h">
<tr><td class="l">From:</td><td>Vogel, Claire MD &lt;cvogel@crystallakefp.example&gt;</td></tr>
<tr><td class="l">To:</td><td>Marsh, Elena MD; TCAA Referrals &lt;referrals@tcallergy.example&gt;</td></tr>
<tr><td class="l">Sent:</td><td>Tue {D(f['referral_date'], 'us_short')} 2:47 PM</td></tr>
<tr><td class="l">Subject:</td><td>Referral for bee sting anaphylaxis - Warsame, Abdirahman</td></tr>
<tr><td class="l">Attachments:</td><td>ED_summary_0327.pdf (not printed)</td></tr>
<tr><td class="l">Security:</td><td>Direct secure message (encrypted)</td></tr>
</table>
<div class="msg">{msg}</div>
<div style="margin-top:14px;border-top:1px dashed #000;padding-top:6px;font-size:8.5pt">-- Reply from TCAA Referrals, {D('2026-04-01', 'us_short')} 7:58 AM: Received, will call patient to schedule with Dr. Marsh (Edina office, {P('9529271500', 'dash')}).</div>
<div class="ft"><span>Confidential &ndash; contains PHI</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NH08", css, body), fields=f, pages=1,
                kind="secure_message_printout_subject_line_fields_inline_in_prose_no_sex_mrn_office_phone_or_priority_to_allergy",
                mode="fine", urgency_printed=False,
                fax=dict(when="04/01/2026 08:05", name="TC ALLERGY ASTHMA", number="9529271590",
                         to="Edina intake", fmt="e"))


# ====================================================================== NH09
def nh09():
    """Pediatric referral (Kansas City MO pediatrics -> pediatric ophthalmology): the patient is a 6-year-old, the
    household's home phone is in the patient block, the mother and father have their own names and cell/work
    numbers. Page 2 is the school nurse's vision-screening result letter (school phone, nurse, screening date)."""
    f = {
        "patient_last_name": "Brooks",
        "patient_first_name": "Jaylen",
        "patient_dob": "2019-05-22",
        "patient_sex": "M",
        "patient_phone": "8169215586",
        "patient_mrn": "BKP-2280417",
        "insurance_payer": "Healthy Blue Missouri",
        "insurance_member_id": "HBM7702914385",
        "referring_provider": "Anjali Desai",
        "referring_npi": npi("178842260"),
        "referring_phone": "8163612200",
        "referring_fax": "8163612245",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Gregory Lam",
        "diagnosis_codes": ["H50.00", "H52.03"],
        "reason": "Intermittent inward turning of the left eye noticed by parents and failed school vision "
                  "screening; please evaluate for strabismus and amblyopia.",
        "urgency": "routine",
        "referral_date": "2026-04-07",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.hd { display:flex; justify-content:space-between; align-items:center; border:2px solid #000; border-radius:10px; padding:6px 10px; }
.hd .n { font-size:16pt; font-weight:bold; }
.hd .a { font-size:8.5pt; line-height:1.35; }
h1 { font-size:13pt; margin:10px 0 6px 0; }
.two { display:flex; gap:0.2in; }
.two > fieldset { flex:1; }
fieldset { border:1.2px solid #000; margin:0 0 8px 0; padding:4px 8px 6px 8px; }
legend { font-weight:bold; font-size:9pt; padding:0 4px; letter-spacing:1px; }
table.k td { padding:1px 8px 1px 0; vertical-align:top; font-size:9.5pt; }
table.k td.l { font-size:8.5pt; white-space:nowrap; }
.tx { line-height:1.38; font-size:10pt; }
.sig { font-family:'Z003', cursive; font-size:18pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; text-align:center; }
.sch { font-family:'C059', serif; font-size:11pt; line-height:1.45; }
.sch p { margin:0 0 9px 0; }
"""

    def k(*rows):
        return '<table class="k">' + "".join(f'<tr><td class="l">{l}</td><td>{v}</td></tr>' for l, v in rows) + "</table>"

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Brookside Pediatrics</div>
<div class="a">6333 Brookside Plaza, Suite 140 &middot; Kansas City, MO 64113</div></div>
<div class="a" style="text-align:right">Office {P(f['referring_phone'])}<br>Fax {P(f['referring_fax'])}<br>After hours {P('8163612299')}</div></div>
<h1>Pediatric Specialty Referral</h1>
<div class="two">
<fieldset><legend>PATIENT</legend>{k(('Name', 'Brooks, Jaylen Marcus'), ('Date of birth', D(f['patient_dob'], 'us') + ' &nbsp;(6 y)'),
    ('Sex', 'Male'), ('Home phone', P(f['patient_phone'])), ('Chart #', f['patient_mrn']),
    ('Address', '7412 Wornall Rd, Kansas City, MO 64114'))}</fieldset>
<fieldset><legend>PARENT / GUARDIAN</legend>{k(('Mother', 'Tamika Brooks'), ('Mother cell', P('8163307742')),
    ('Father', 'Darnell Brooks'), ('Father work', P('9134518800') + ' x 212'), ('Legal guardian', 'Both parents'),
    ('Preferred contact', 'Mother, text OK'))}</fieldset>
</div>
<fieldset><legend>INSURANCE</legend>{k(('Plan', f['insurance_payer'] + ' (MO HealthNet managed care)'), ('Member ID', f['insurance_member_id']),
    ('Policy holder', 'Jaylen Brooks (child is the member)'), ('PCP assignment', 'Brookside Pediatrics &ndash; on file'))}</fieldset>
<fieldset><legend>REFERRAL</legend>{k(('Date', D(f['referral_date'], 'us')), ('Specialty', 'Pediatric Ophthalmology'),
    ('Referred to', 'Gregory Lam, MD &ndash; Children&#39;s Eye Center of Kansas City, fax ' + P('8162347719')),
    ('Priority', 'Routine'),
    ('Diagnoses', 'H50.00 Unspecified esotropia<br>H52.03 Hypermetropia, bilateral'),
    ('Auth. number', 'HB-26-0408813 (12 months)'))}</fieldset>
<div class="tx"><b>Reason for referral:</b> {esc(f['reason'])}</div>
<div class="tx" style="margin-top:6px"><b>History:</b> Parents report the left eye "drifts in" when he is tired, for
about 6 months. School vision screening {D('2026-03-12', 'us')}: 20/40 right, 20/63 left (letter attached). In office
{D('2026-04-06', 'us')}: intermittent left esotropia on cover test, red reflex symmetric, no ptosis. Born full term,
development normal. Maternal uncle wore a patch as a child.</div>
<div style="display:flex;gap:0.4in;margin-top:12px;align-items:flex-end">
<div style="flex:1"><div class="sig">Anjali Desai</div><div style="border-top:1px solid #000;font-size:8.5pt">Anjali Desai, MD, FAAP &nbsp; NPI {f['referring_npi']}</div></div>
<div style="flex:1;font-size:9pt">Please send visit notes and glasses Rx (if any) to fax {P(f['referring_fax'])}.</div></div>
<div class="ft">Brookside Pediatrics &middot; Referral &middot; 1 of 2</div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner sch">
<div style="text-align:center;border-bottom:1px solid #000;padding-bottom:6px;margin-bottom:12px">
<b style="font-size:13pt">Border Star Montessori Elementary</b><br>
<span style="font-size:9.5pt">6321 Wornall Rd, Kansas City, MO 64113 &middot; Health Office {P('8164182210', 'dot')}</span></div>
<p>{D('2026-03-13', 'long')}</p>
<p>To the parent or guardian of: <b>Jaylen Brooks</b> &nbsp; Grade: 1 &nbsp; Teacher: Ms. Ostrander</p>
<p><b>Vision Screening Results &ndash; Referral Recommended</b></p>
<p>Your child was screened for vision at school on {D('2026-03-12', 'long')}. The screening showed:</p>
<p style="margin-left:0.3in">Distance acuity (HOTV chart): Right eye 20/40 &nbsp;&middot;&nbsp; Left eye 20/63<br>
Cover test: eye turn observed (left)<br>
Result: <b>DID NOT PASS</b></p>
<p>A screening is not an eye exam. We recommend that your child see an eye doctor for a complete examination. Please
take this letter with you and return the bottom section to the Health Office after the visit. If you need help
finding a provider or with cost, call the Health Office at {P('8164182210', 'dot')}.</p>
<p>Sincerely,<br>Maureen Kiplagat, RN, School Nurse</p>
<div style="border-top:2px dashed #000;margin-top:16px;padding-top:8px;font-size:10pt">
<b>Return to school &ndash; Eye examination report</b><br>
Student: Jaylen Brooks &nbsp;&nbsp; Examined by: ____________________ &nbsp; Date: __________<br>
Findings: _____________________________________________<br>
Glasses prescribed: &#9744; Yes &#9744; No &nbsp;&nbsp; Follow-up: ______________________</div>
<div class="ft">Kansas City Public Schools &middot; Health Services form HS-14</div>
</div></div>"""
    return dict(html=page("NH09", css, p1 + p2), fields=f, pages=2,
                kind="pediatric_referral_parent_guardian_block_household_home_phone_fieldsets_to_ophthalmology_plus_school_screening",
                mode="standard",
                fax=dict(when="04/07/2026 10:18", name="BROOKSIDE PEDS", number=f["referring_fax"],
                         to="8162347719", fmt="g"))


# ====================================================================== NH10
def nh10():
    """Workers' compensation referral (Louisville KY occupational health -> orthopedics): carrier, claim number,
    date of injury, employer and adjuster with their own phones; no health-plan member ID exists (the claim number
    is not one). Page 2 is the work-status report."""
    f = {
        "patient_last_name": "Kessler",
        "patient_first_name": "Brian",
        "patient_dob": "1978-08-30",
        "patient_sex": "M",
        "patient_phone": "5025519034",
        "patient_mrn": "FCO-551029",
        "insurance_payer": "Kentucky Employers' Mutual Insurance",
        "referring_provider": "Melissa Harlan",
        "referring_npi": npi("103948571"),
        "referring_phone": "5024487100",
        "referring_fax": "5024487190",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Victor Aldana",
        "diagnosis_codes": ["S43.431A", "S46.011A"],
        "reason": "Right shoulder pain and weakness after a lifting injury at work, MRI shows SLAP tear and partial "
                  "rotator cuff tear; please evaluate for surgical management.",
        "urgency": "routine",
        "referral_date": "2026-03-26",
    }
    css = """
body { font-family: 'Liberation Sans Narrow', 'Arial Narrow', sans-serif; font-size: 10.5pt; }
.hd { display:flex; justify-content:space-between; border-bottom:3px solid #000; padding-bottom:4px; }
.hd .n { font-size:17pt; font-weight:bold; }
.hd .a { font-size:9pt; line-height:1.35; }
.t { display:flex; justify-content:space-between; align-items:baseline; margin:8px 0; }
.t b { font-size:14pt; }
table.w { width:100%; table-layout:fixed; margin-bottom:8px; }
table.w td { border:1px solid #000; padding:3px 5px; vertical-align:top; }
table.w td.h { background:#d8d8d8; font-weight:bold; font-size:9.5pt; letter-spacing:1px; }
table.w td .l { font-size:8pt; display:block; }
.box { border:1px solid #000; padding:5px; line-height:1.35; margin-bottom:8px; }
.sig { font-family:'Z003', cursive; font-size:17pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
"""

    def c(label, value, span=1):
        return f'<td colspan="{span}"><span class="l">{label}</span>{value}</td>'

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">FALLS CITY OCCUPATIONAL HEALTH</div>
<div class="a">4600 Poplar Level Rd &middot; Louisville, KY 40213</div></div>
<div class="a" style="text-align:right">Clinic {P(f['referring_phone'], 'dot')} &nbsp; Fax {P(f['referring_fax'], 'dot')}<br>Work-injury hotline {P('5024487111', 'dot')}</div></div>
<div class="t"><b>WORKERS' COMPENSATION &ndash; SPECIALTY REFERRAL</b><span>Referral date: {D(f['referral_date'], 'us')}</span></div>
<table class="w">
<tr><td class="h" colspan="4">INJURED WORKER</td></tr>
<tr>{c('Last name', 'Kessler')}{c('First name', 'Brian')}{c('DOB', D(f['patient_dob'], 'us'))}{c('Sex', 'M')}</tr>
<tr>{c('Phone', P(f['patient_phone'], 'dot'))}{c('Chart #', f['patient_mrn'])}{c('Address', '2219 Lindsay Ave, Louisville KY 40206', 2)}</tr>
<tr>{c('Job title', 'Warehouse material handler')}{c('Date of injury', D('2026-02-26', 'us'))}{c('Body part', 'Right shoulder')}{c('Mechanism', 'Lifting 70 lb tote overhead')}</tr>
<tr><td class="h" colspan="4">EMPLOYER / CARRIER</td></tr>
<tr>{c('Employer', 'Ohio River Logistics LLC', 2)}{c('Employer contact', 'Dana Whitt, HR ' + P('5029664420', 'dot'), 2)}</tr>
<tr>{c('WC carrier', f['insurance_payer'], 2)}{c('Claim #', 'WC-26-118304')}{c('Employer FEIN', '61-1738204')}</tr>
<tr>{c('Adjuster', 'Greg Tomlinson')}{c('Adjuster phone', P('5024273390', 'dot'))}{c('Adjuster fax', P('5024273398', 'dot'))}{c('Authorization #', 'KA-0331927')}</tr>
<tr><td class="h" colspan="4">REFERRAL</td></tr>
<tr>{c('Specialty', 'Orthopedics (shoulder)')}{c('Refer to', 'Victor Aldana, MD')}{c('Practice', 'Derby City Orthopaedics, fax ' + P('5028954410', 'dot'), 2)}</tr>
<tr>{c('Priority', 'Routine')}{c('ICD-10', 'S43.431A; S46.011A', 3)}</tr>
<tr>{c('Diagnoses', 'S43.431A Superior glenoid labrum lesion of right shoulder, initial encounter; S46.011A Strain of muscle(s) and tendon(s) of the rotator cuff of right shoulder, initial encounter', 4)}</tr>
</table>
<div style="font-weight:bold;font-size:9pt">Reason for referral</div>
<div class="box">{esc(f['reason'])}</div>
<div style="font-weight:bold;font-size:9pt">Treatment to date</div>
<div class="box">Seen {D('2026-02-27', 'us')}. Naproxen, ice, light duty (no lifting over 10 lb, no overhead work). PT x 8 visits
{D('2026-03-03', 'us')} to {D('2026-03-20', 'us')} with limited gain. MRI right shoulder {D('2026-03-23', 'us')} (Baptist Health
Imaging): type II SLAP tear, partial-thickness articular-sided supraspinatus tear. Persistent painful arc and weakness
in external rotation. Not at MMI.</div>
<table class="w">
<tr>{c('Referring physician', 'Melissa Harlan, DO')}{c('NPI', f['referring_npi'])}{c('Signature', '<span class="sig">M Harlan DO</span>', 2)}</tr>
</table>
<div class="ft"><span>Send all reports to the clinic fax and to the adjuster. Bill the WC carrier, not the patient.</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">FALLS CITY OCCUPATIONAL HEALTH</div>
<div class="a">Work Status Report</div></div>
<div class="a" style="text-align:right">Fax to employer: {P('5029664429', 'dot')}<br>Fax to carrier: {P('5024273398', 'dot')}</div></div>
<table class="w" style="margin-top:10px">
<tr>{c('Employee', 'Brian Kessler', 2)}{c('DOB', D(f['patient_dob'], 'us'))}{c('Claim #', 'WC-26-118304')}</tr>
<tr>{c('Employer', 'Ohio River Logistics LLC', 2)}{c('Date of injury', D('2026-02-26', 'us'))}{c('Visit date', D('2026-03-25', 'us'))}</tr>
</table>
<div class="box"><b>Work status:</b><br>
{box(False)} Full duty, no restrictions<br>
{box(True)} Modified duty from {D('2026-03-25', 'us')} to {D('2026-04-22', 'us')} (or until seen by orthopedics)<br>
{box(False)} Off work</div>
<div class="box"><b>Restrictions:</b> No lifting, pushing or pulling over 10 lb with the right arm. No overhead reaching
with the right arm. No ladder climbing. Left arm unrestricted. May drive forklift.</div>
<div class="box"><b>Next appointment:</b> Orthopedic referral placed; recheck here {D('2026-04-08', 'us')} at 9:30 AM.</div>
<div class="box"><b>Case manager:</b> Tonya Reeves, RN (KEMI) {P('5024273412', 'dot')}</div>
<div style="margin-top:16px">Provider: Melissa Harlan, DO &nbsp;&nbsp; <span class="sig">M Harlan DO</span> &nbsp;&nbsp; Date: {D('2026-03-25', 'us')}</div>
<div class="ft"><span>FCOH-WS-2</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NH10", css, p1 + p2), fields=f, pages=2,
                kind="workers_comp_referral_claim_employer_adjuster_distractors_no_member_id_occ_health_to_orthopedics_plus_work_status",
                mode="fine", skew={1: -0.9},
                fax=dict(when="03/26/2026 16:40", name="FALLS CITY OCC HLTH", number=f["referring_fax"],
                         to="5028954410", fmt="b"))
