"""NK01-NK05 document builders. Each returns dict(html, fields, pages, kind, mode, fax).

Theme of set K: plain word-processor referral forms as small US practices fax them.
"""
from common import npi, P, D, box, page


# ====================================================================== NK01
def nk01():
    """Family practice: Word-style fax cover sheet + 'REFERRAL FORM' in two columns of 'Label: value' pairs."""
    f = {
        "patient_last_name": "Achterberg",
        "patient_first_name": "Desmond",
        "patient_dob": "1968-02-14",
        "patient_sex": "M",
        "patient_phone": "6164583391",
        "patient_mrn": "MG-40218",
        "insurance_payer": "Priority Health",
        "insurance_member_id": "PH7730418825",
        "referring_provider": "Lorraine Vanderwall",
        "referring_npi": npi("138402915"),
        "referring_phone": "6169423100",
        "referring_fax": "6169423108",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Samir Haddad",
        "diagnosis_codes": ["R19.5", "D50.9"],
        "reason": "Positive FIT stool test with new iron deficiency anemia. Please evaluate for colonoscopy and EGD.",
        "urgency": "routine",
        "referral_date": "2026-11-09",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 10pt; }
/* cover (Word 'Fax' template) */
.cv-org { font-size:11pt; line-height:1.35; }
.cv-org b { font-size:13pt; }
.cv-title { font-size:40pt; font-weight:bold; margin:0.45in 0 0.2in 0; letter-spacing:1px; }
table.cv { width:100%; border-top:2px solid #000; border-bottom:2px solid #000; font-size:11pt; }
table.cv td { padding:9px 4px; width:25%; vertical-align:top; }
table.cv td.l { font-weight:bold; width:12%; }
.cv-cb { margin-top:14px; font-size:10.5pt; }
.cv-cb > span { margin-right:22px; white-space:nowrap; }
.cv-cm { margin-top:22px; font-size:11pt; line-height:1.5; }
.cv-conf { position:absolute; bottom:0.15in; left:0; right:0; font-size:8pt; font-style:italic; line-height:1.3; }
/* form */
.lh { text-align:center; line-height:1.35; }
.lh .n { font-size:14pt; font-weight:bold; }
.lh .s { font-size:9pt; }
h1 { text-align:center; font-size:16pt; margin:10px 0 4px 0; text-decoration:underline; letter-spacing:2px; }
h2 { font-size:10.5pt; margin:12px 0 4px 0; border-bottom:1px solid #000; padding-bottom:1px; }
.two { display:flex; gap:0.35in; }
.two > div { flex:1; }
.kv { margin:3px 0; line-height:1.3; }
.kv b { display:inline-block; min-width:1.15in; }
.one .kv { display:flex; }
.one .kv b { min-width:1.45in; flex:none; }
.one .kv > span { flex:1; }
.sig { font-family:'Z003', cursive; font-size:18pt; }
.line { display:inline-block; border-bottom:1px solid #000; min-width:2.6in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; border-top:1px solid #000; padding-top:2px; }
"""
    lh = f"""<div class="lh"><div class="n">Maple Grove Family Practice</div>
<div>Lorraine Vanderwall, DO &nbsp;&bull;&nbsp; Craig Mulder, MD &nbsp;&bull;&nbsp; Anneke De Haan, PA-C</div>
<div class="s">4410 Lake Michigan Dr NW, Suite B &nbsp; Grand Rapids, MI 49534 &nbsp;&nbsp; Tel {P(f['referring_phone'])} &nbsp; Fax {P(f['referring_fax'])}</div></div>"""
    cover = f"""
<div class="sheet"><div class="inner">
<div class="cv-org"><b>Maple Grove Family Practice</b><br>4410 Lake Michigan Dr NW, Suite B<br>Grand Rapids, MI 49534</div>
<div class="cv-title">Fax</div>
<table class="cv">
<tr><td class="l">To:</td><td>Lakeshore Digestive Health<br>Referral Intake</td><td class="l">From:</td><td>Tonya Brink<br>Referral Coordinator</td></tr>
<tr><td class="l">Fax:</td><td>{P('6162675519')}</td><td class="l">Pages:</td><td>2 (including cover)</td></tr>
<tr><td class="l">Phone:</td><td>{P('6162675500')}</td><td class="l">Date:</td><td>{D('2026-11-10','us')}</td></tr>
<tr><td class="l">Re:</td><td>New patient referral</td><td class="l">CC:</td><td>Chart</td></tr>
</table>
<div class="cv-cb"><span>{box(False)} Urgent</span><span>{box(True)} For Review</span><span>{box(False)} Please Comment</span><span>{box(False)} Please Reply</span><span>{box(False)} Please Recycle</span></div>
<div class="cv-cm"><b>Comments:</b><br>
Attached is a referral for one of our patients. Recent CBC and iron studies can be sent on request.
Please contact the patient directly to schedule and fax the consult note back to us at {P(f['referring_fax'])}.<br><br>
Thank you,<br>Tonya Brink &nbsp;&nbsp; {P(f['referring_phone'])} ext. 214</div>
<div class="cv-conf">The documents accompanying this facsimile transmission contain confidential health information that is legally privileged.
This information is intended only for the use of the individual or entity named above. If you are not the intended recipient, you are hereby
notified that any disclosure, copying, distribution or action taken in reliance on the contents of these documents is strictly prohibited.
If you have received this fax in error, please notify the sender by telephone and destroy the documents.</div>
</div></div>"""
    form = f"""
<div class="sheet"><div class="inner">
{lh}
<h1>REFERRAL FORM</h1>
<h2>PATIENT INFORMATION</h2>
<div class="two"><div>
<div class="kv"><b>Patient Name:</b> Achterberg, Desmond J.</div>
<div class="kv"><b>Date of Birth:</b> {D(f['patient_dob'],'us')}</div>
<div class="kv"><b>Sex:</b> Male</div>
<div class="kv"><b>Chart #:</b> {f['patient_mrn']}</div>
</div><div>
<div class="kv"><b>Address:</b> 2217 Covell Ave NW</div>
<div class="kv"><b></b> Grand Rapids, MI 49504</div>
<div class="kv"><b>Home Phone:</b> {P(f['patient_phone'])}</div>
<div class="kv"><b>Emerg. Contact:</b> Marjorie (wife) {P('6164587720')}</div>
</div></div>
<h2>INSURANCE</h2>
<div class="two"><div>
<div class="kv"><b>Primary Insurance:</b> {f['insurance_payer']}</div>
<div class="kv"><b>ID #:</b> {f['insurance_member_id']}</div>
<div class="kv"><b>Group #:</b> 0041127-0000</div>
</div><div>
<div class="kv"><b>Subscriber:</b> Self</div>
<div class="kv"><b>Secondary Ins.:</b> None</div>
<div class="kv"><b>Prior Auth #:</b> Not required</div>
</div></div>
<h2>REFERRING PROVIDER</h2>
<div class="two"><div>
<div class="kv"><b>Referring Physician:</b> Lorraine Vanderwall, DO</div>
<div class="kv"><b>NPI:</b> {f['referring_npi']}</div>
<div class="kv"><b>PCP:</b> Same</div>
</div><div>
<div class="kv"><b>Office Phone:</b> {P(f['referring_phone'])}</div>
<div class="kv"><b>Fax:</b> {P(f['referring_fax'])}</div>
<div class="kv"><b>Contact:</b> Tonya Brink, ext. 214</div>
</div></div>
<h2>REFERRED TO</h2>
<div class="two"><div>
<div class="kv"><b>Specialty:</b> Gastroenterology</div>
<div class="kv"><b>Specialist:</b> Samir Haddad, MD</div>
<div class="kv"><b>Practice:</b> Lakeshore Digestive Health</div>
</div><div>
<div class="kv"><b>Address:</b> 3800 Lake Michigan Dr NW</div>
<div class="kv"><b>Phone:</b> {P('6162675500')}</div>
<div class="kv"><b>Fax:</b> {P('6162675519')}</div>
</div></div>
<h2>CLINICAL INFORMATION</h2>
<div class="one">
<div class="kv"><b>Diagnosis (ICD-10):</b> <span>R19.5 &ndash; Other fecal abnormalities (positive FIT)</span></div>
<div class="kv"><b></b> <span>D50.9 &ndash; Iron deficiency anemia, unspecified</span></div>
<div class="kv"><b>Reason for Referral:</b> <span>{f['reason']}</span></div>
<div class="kv"><b>Pertinent History:</b> <span>Hgb 10.8 g/dL and ferritin 9 ng/mL on {D('2026-10-28','us')}. No prior colonoscopy.
Takes aspirin 81 mg daily. Father with colon cancer at age 71.</span></div>
<div class="kv"><b>Records Sent:</b> <span>{box(True)} Office note &nbsp; {box(True)} Labs &nbsp; {box(False)} Imaging &nbsp; {box(False)} Other</span></div>
<div class="kv"><b>Urgency:</b> <span>{box(True)} Routine &nbsp;&nbsp; {box(False)} Urgent &nbsp;&nbsp; {box(False)} STAT</span></div>
</div>
<div style="margin-top:26px; display:flex; justify-content:space-between; align-items:flex-end">
<div>Physician Signature: <span class="line"><span class="sig">L. Vanderwall DO</span></span></div>
<div>Referral Date: <b>{D(f['referral_date'],'us')}</b></div></div>
<div class="ft"><span>Maple Grove Family Practice &ndash; Referral Form (rev. 3/2024)</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NK01", css, cover + form), fields=f, pages=2,
                kind="word_fax_cover_plus_two_column_label_value_form_family_practice_to_gi", mode="standard",
                fax=dict(when="11/10/2026 10:32", name="MAPLE GROVE FAM PRACTICE", number=f["referring_fax"],
                         to="6162675519", fmt="f"))


# ====================================================================== NK02
def nk02():
    """Internal medicine group: printed one-column 'SPECIALIST REFERRAL', each label on its own line and the
    handwritten value on an underline below it."""
    f = {
        "patient_last_name": "Szymanski",
        "patient_first_name": "Loretta",
        "patient_dob": "1959-07-22",
        "patient_sex": "F",
        "patient_phone": "7196342286",
        "insurance_payer": "Humana",
        "insurance_member_id": "H41827365",
        "referring_provider": "Bernard Oyelaran",
        "referring_npi": npi("164729301"),
        "referring_phone": "7196349000",
        "referring_fax": "7196349011",
        "referred_to_specialty": "cardiology",
        "diagnosis_codes": ["R00.2", "R55", "R94.31"],
        "reason": "Palpitations w/ frequent PVCs on ECG + near-syncope x2. Needs Holter & echo",
        "urgency": "urgent",
        "referral_date": "2026-11-03",
    }
    css = """
body { font-family: 'Liberation Serif', 'Times New Roman', Times, serif; font-size: 10pt; }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2.5px double #000; padding-bottom:4px; }
.lh .n { font-size:15pt; font-weight:bold; font-variant:small-caps; }
.lh .a { font-size:9.5pt; text-align:right; line-height:1.3; }
h1 { text-align:center; font-size:15pt; margin:8px 0 2px 0; letter-spacing:3px; }
.inst { text-align:center; font-size:8.5pt; font-style:italic; margin-bottom:2px; }
h2 { font-size:10pt; margin:8px 0 0 0; letter-spacing:1px; }
.lab { font-size:8.5pt; text-transform:uppercase; letter-spacing:0.4px; margin-top:4px; }
.val { border-bottom:1px solid #000; height:0.3in; font-family:'Z003', cursive; font-size:15.5pt; line-height:0.3in; padding-left:0.12in; white-space:nowrap; overflow:hidden; }
.val.tall { height:auto; min-height:0.3in; white-space:normal; line-height:0.3in; }
.row { display:flex; gap:0.25in; }
.row > div { flex:1; }
.cb { font-family:'DejaVu Sans', sans-serif; }
.hw { font-family:'Z003', cursive; font-size:15pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""
    def fld(label, value, extra=""):
        return f'<div class="lab">{label}</div><div class="val{extra}">{value}</div>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div><div class="n">Front Range Internal Medicine Associates, P.C.</div>
<div style="font-size:9pt">Bernard Oyelaran, MD &bull; Gail Hutchins, MD &bull; Ruben Esquivel, MD &bull; Marnie Kotaro, NP</div></div>
<div class="a">2920 N Academy Blvd, Suite 110<br>Colorado Springs, CO 80917<br>Phone {P(f['referring_phone'],'dash')} &bull; Fax {P(f['referring_fax'],'dash')}</div></div>
<h1>SPECIALIST REFERRAL</h1>
<div class="inst">Please print clearly. Attach last office note and pertinent results.</div>
<h2>PATIENT INFORMATION</h2>
{fld('Patient name (last, first, middle initial)', 'Szymanski, Loretta K.')}
<div class="row"><div>{fld('Date of birth', D(f['patient_dob'],'mdyy'))}</div>
<div>{fld('Sex', f'<span style="font-family:Liberation Serif;font-size:10pt">{box(False)} M &nbsp; {box(True, mark="&#10003;")} F</span>')}</div>
<div>{fld('Phone', P(f['patient_phone'],'dash'))}</div></div>
{fld('Address', '1408 N Weber St, Colo. Spgs 80907')}
{fld('Chart # / MRN', '')}
<h2>INSURANCE</h2>
<div class="row"><div>{fld('Insurance', f['insurance_payer'])}</div><div>{fld('Plan / group', 'Gold Plus HMO')}</div></div>
{fld('Member ID #', f['insurance_member_id'])}
<h2>REFERRING PHYSICIAN</h2>
<div class="row"><div>{fld('Referring physician', 'Bernard Oyelaran MD')}</div><div>{fld('NPI', f['referring_npi'])}</div></div>
<div class="row"><div>{fld('Office phone', P(f['referring_phone'],'dash'))}</div><div>{fld('Fax', P(f['referring_fax'],'dash'))}</div></div>
<h2>REFERRED TO</h2>
<div class="row"><div>{fld('Specialty', 'Cardiology')}</div><div>{fld('Specialist', '')}</div></div>
{fld('Practice / location', 'Pikes Peak Heart Group &ndash; first available')}
<h2>CLINICAL INFORMATION</h2>
{fld('Diagnosis / ICD-10 code(s)', 'R00.2 &nbsp; R55 &nbsp; R94.31')}
{fld('Reason for referral', f['reason'].replace('&', '&amp;'), ' tall')}
<div class="lab">Urgency</div>
<div style="margin:4px 0 0 0.12in; font-size:10.5pt">{box(False)} Routine &nbsp;&nbsp;&nbsp; {box(True, mark='&#10003;')} Urgent (within 1 week) &nbsp;&nbsp;&nbsp; {box(False)} STAT</div>
<div class="row" style="margin-top:6px"><div>{fld('Physician signature', '<span style="font-size:19pt">B Oyelaran</span>')}</div><div>{fld('Date', D(f['referral_date'],'mdyy'))}</div></div>
<div class="ft"><span>FRIMA form 12 (rev. 06/2023)</span><span>White: specialist &nbsp; Yellow: chart</span></div>
</div></div>"""
    return dict(html=page("NK02", css, body), fields=f, pages=1,
                kind="one_column_labels_over_underlined_handwritten_values_im_to_cardiology", mode="fine",
                fax=dict(when="NOV-03-2026 15:47", name="FRONT RANGE INT MED", number=f["referring_fax"],
                         to="7195771802", fmt="a"))


# ====================================================================== NK03
def nk03():
    """Pediatric practice: 'CONSULTATION REQUEST' as one bordered table with label cells on the left;
    second page a medication / allergy / episode list."""
    f = {
        "patient_last_name": "Brennan-Cole",
        "patient_first_name": "Avery",
        "patient_dob": "2019-05-30",
        "patient_sex": "F",
        "patient_phone": "9194682753",
        "patient_mrn": "A00381947",
        "insurance_payer": "Cigna",
        "insurance_member_id": "U4472019803",
        "referring_provider": "Miguel Santacruz",
        "referring_npi": npi("152093874"),
        "referring_phone": "9198704422",
        "referring_fax": "9198704490",
        "referred_to_specialty": "otolaryngology",
        "referred_to_provider": "Harriet Lindgren",
        "diagnosis_codes": ["H66.93", "J35.3", "R06.83"],
        "reason": "Recurrent ear infections (6 in the past 12 months) with loud snoring and enlarged tonsils; evaluate for ear tubes and adenotonsillectomy",
        "urgency": "routine",
        "referral_date": "2026-11-04",
    }
    css = """
body { font-family: Calibri, Carlito, 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 10pt; }
.lh { display:flex; justify-content:space-between; align-items:center; }
.lh .n { font-size:17pt; font-weight:bold; }
.lh .a { text-align:right; font-size:9pt; line-height:1.3; }
h1 { font-size:14pt; margin:10px 0 6px 0; text-align:center; border-top:1px solid #000; border-bottom:1px solid #000; padding:3px 0; letter-spacing:1px; }
table.f { width:100%; }
table.f td { border:1px solid #000; padding:2px 6px; vertical-align:top; line-height:1.25; }
table.f td.l { width:1.75in; font-weight:bold; }
table.f tr.s td { border-left:none; border-right:none; font-weight:bold; font-size:10.5pt; padding-top:9px; letter-spacing:0.5px; border-top:none; }
table.f tr.s:first-child td { padding-top:0; }
table.f td.v { font-size:10.5pt; }
.sig { font-family:'Z003', cursive; font-size:17pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; display:flex; justify-content:space-between; }
h2 { font-size:11.5pt; margin:14px 0 4px 0; }
table.m { width:100%; }
table.m th, table.m td { border:1px solid #000; padding:3px 6px; text-align:left; font-size:10pt; }
"""
    lh = f"""<div class="lh"><div><div class="n">Oak Hollow Pediatrics, PLLC</div>
<div style="font-size:9.5pt">Caring for Cary&rsquo;s kids since 1998</div></div>
<div class="a">1150 Kildaire Farm Rd, Suite 200<br>Cary, NC 27511<br>Phone {P(f['referring_phone'],'dot')} &nbsp; Fax {P(f['referring_fax'],'dot')}</div></div>"""

    def sec(t):
        return f'<tr class="s"><td colspan="2">{t}</td></tr>'

    def r(label, value):
        return f'<tr><td class="l">{label}</td><td class="v">{value}</td></tr>'
    p1 = f"""
<div class="sheet"><div class="inner">
{lh}
<h1>CONSULTATION REQUEST</h1>
<table class="f">
{sec('PATIENT INFORMATION')}
{r('Last Name', 'Brennan-Cole')}
{r('First Name', 'Avery')}
{r('Middle Name', 'Josephine')}
{r('Birth Date', D(f['patient_dob'],'us') + ' &nbsp; (7 yrs)')}
{r('Gender', 'Female')}
{r('Account #', f['patient_mrn'])}
{r('Parent / Guardian', 'Kathleen Brennan-Cole (mother)')}
{r('Home Phone', P(f['patient_phone']))}
{r('Address', '417 Evans Estate Dr, Cary, NC 27513')}
{sec('INSURANCE')}
{r('Insurance Company', f['insurance_payer'])}
{r('Subscriber ID', f['insurance_member_id'])}
{r('Subscriber / DOB', 'Kathleen Brennan-Cole, ' + D('1986-02-11','us'))}
{r('Group #', '3340981')}
{sec('REFERRING PROVIDER')}
{r('Referring Provider', 'Miguel Santacruz, MD')}
{r('NPI', f['referring_npi'])}
{r('Office Phone', P(f['referring_phone'],'dot'))}
{r('Fax', P(f['referring_fax'],'dot'))}
{sec('REFERRED TO')}
{r('Refer to', 'ENT (Otolaryngology)')}
{r('Consultant', 'Harriet Lindgren, MD &ndash; Triangle ENT &amp; Sinus, 3320 Wake Forest Rd, Raleigh, NC 27609')}
{r('Consultant Phone / Fax', P('9198726100','dot') + ' / ' + P('9198726145','dot'))}
{sec('CLINICAL INFORMATION')}
{r('Diagnosis / ICD-10', 'H66.93 &nbsp;Otitis media, unspecified, bilateral<br>J35.3 &nbsp;&nbsp;&nbsp;Hypertrophy of tonsils with hypertrophy of adenoids<br>R06.83 &nbsp;Snoring')}
{r('Reason for Referral', f['reason'])}
{r('Priority', box(True) + ' Routine &nbsp;&nbsp; ' + box(False) + ' Urgent &nbsp;&nbsp; ' + box(False) + ' STAT')}
{r('Referral Date', D(f['referral_date'],'long'))}
</table>
<div style="margin-top:14px; display:flex; justify-content:space-between; align-items:flex-end">
<div>Provider signature: <span class="sig">Miguel Santacruz MD</span></div><div>Attachments: medication list (page 2)</div></div>
<div class="ft"><span>Oak Hollow Pediatrics &bull; Consultation Request</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{lh}
<h1>MEDICATION LIST &amp; HISTORY</h1>
<p style="margin:2px 0"><b>Patient:</b> Brennan-Cole, Avery J. &nbsp;&nbsp; <b>DOB:</b> {D(f['patient_dob'],'us')} &nbsp;&nbsp; <b>Acct #:</b> {f['patient_mrn']} &nbsp;&nbsp; <b>Printed:</b> {D('2026-11-04','us')}</p>
<h2>Current Medications</h2>
<table class="m">
<tr><th>Medication</th><th>Dose / Directions</th><th>Started</th><th>Prescriber</th></tr>
<tr><td>Cetirizine 1 mg/mL oral solution</td><td>5 mL by mouth once daily</td><td>{D('2025-04-15','us')}</td><td>M. Santacruz, MD</td></tr>
<tr><td>Fluticasone propionate 50 mcg nasal spray</td><td>1 spray each nostril daily</td><td>{D('2026-08-20','us')}</td><td>M. Santacruz, MD</td></tr>
<tr><td>Ibuprofen 100 mg/5 mL suspension</td><td>10 mL every 6 hours as needed for pain/fever</td><td>{D('2024-01-09','us')}</td><td>OTC</td></tr>
<tr><td>Amoxicillin-clavulanate 600 mg/5 mL</td><td>4 mL twice daily x 10 days (completed)</td><td>{D('2026-10-13','us')}</td><td>J. Parekh, PNP</td></tr>
</table>
<h2>Allergies</h2>
<p style="margin:2px 0">No known drug allergies. Seasonal allergic rhinitis (tree pollen).</p>
<h2>Ear Infections &ndash; Past 12 Months</h2>
<table class="m">
<tr><th>Date</th><th>Ear</th><th>Treatment</th><th>Seen by</th></tr>
<tr><td>{D('2025-12-02','us')}</td><td>Left</td><td>Amoxicillin 90 mg/kg/day x 10 d</td><td>M. Santacruz, MD</td></tr>
<tr><td>{D('2026-01-27','us')}</td><td>Both</td><td>Amoxicillin-clavulanate x 10 d</td><td>J. Parekh, PNP</td></tr>
<tr><td>{D('2026-03-18','us')}</td><td>Right</td><td>Cefdinir x 10 d</td><td>M. Santacruz, MD</td></tr>
<tr><td>{D('2026-05-06','us')}</td><td>Both</td><td>Amoxicillin-clavulanate x 10 d</td><td>Urgent care (outside)</td></tr>
<tr><td>{D('2026-08-19','us')}</td><td>Left</td><td>Amoxicillin x 10 d</td><td>M. Santacruz, MD</td></tr>
<tr><td>{D('2026-10-13','us')}</td><td>Both</td><td>Amoxicillin-clavulanate x 10 d</td><td>J. Parekh, PNP</td></tr>
</table>
<h2>Other History</h2>
<p style="margin:2px 0; line-height:1.35">Born at 39 weeks, no NICU stay. Immunizations up to date per NCIR. Hearing screen at school {D('2026-09-22','us')}: referred on the left.
Parents report loud snoring most nights with pauses in breathing, mouth breathing, and daytime tiredness. No prior surgeries.
Weight 21.4 kg (55th percentile), height 119 cm (60th percentile).</p>
<div class="ft"><span>Oak Hollow Pediatrics &bull; Consultation Request</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NK03", css, p1 + p2), fields=f, pages=2,
                kind="bordered_label_cell_table_pediatrics_to_ent_plus_medication_list", mode="fine",
                fax=dict(when="11/04/2026  16:20", name="OAK HOLLOW PEDS", number=f["referring_fax"],
                         to="9198726145", fmt="c"))


# ====================================================================== NK04
def nk04():
    """OB/GYN practice: 'OUTPATIENT REFERRAL ORDER' with sections side by side in thin-bordered boxes (2 x 2),
    ISO dates; second page a copy of the insurance card, front and back."""
    f = {
        "patient_last_name": "Maldonado",
        "patient_first_name": "Yesenia",
        "patient_dob": "1988-09-03",
        "patient_sex": "F",
        "patient_phone": "4802729154",
        "patient_mrn": "00-7734521",
        "insurance_payer": "UnitedHealthcare Community Plan",
        "insurance_member_id": "919402736",
        "referring_provider": "Camille Forsythe",
        "referring_npi": npi("119375046"),
        "referring_phone": "4808356120",
        "referring_fax": "4808356139",
        "referred_to_specialty": "hematology",
        "referred_to_provider": "Elif Demirci",
        "diagnosis_codes": ["D50.0", "N92.0"],
        "reason": "Iron deficiency anemia from heavy menstrual bleeding, Hgb 8.9 despite 3 months of oral iron. Request evaluation for IV iron infusion.",
        "urgency": "routine",
        "referral_date": "2026-11-12",
    }
    css = """
body { font-family: 'Nimbus Sans', Helvetica, Arial, sans-serif; font-size: 9.5pt; }
.lh { display:flex; justify-content:space-between; align-items:flex-start; }
.lh .n { font-size:15pt; font-weight:bold; letter-spacing:0.5px; }
.lh .a { font-size:9pt; line-height:1.35; text-align:right; }
h1 { font-size:13.5pt; margin:10px 0 8px 0; text-align:center; letter-spacing:2px; }
.grid { display:grid; grid-template-columns:1fr 1fr; gap:0.12in; }
.bx { border:1px solid #000; padding:0 0 4px 0; }
.bx .t { border-bottom:1px solid #000; font-weight:bold; font-size:9.5pt; padding:2px 6px; letter-spacing:0.8px; }
.bx table { width:100%; margin-top:3px; }
.bx td { padding:2.5px 6px; vertical-align:top; }
.bx td.l { width:1.15in; white-space:nowrap; }
.bx td.v { font-weight:bold; font-size:10.5pt; }
.full { margin-top:0.12in; }
.full td.l { width:1.3in; }
.sig { font-family:'Z003', cursive; font-size:18pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; border-top:0.5px solid #000; padding-top:2px; }
/* card copy */
.copy { margin-top:0.25in; padding:0.3in; background:#e8e8e8; }
.card { width:3.37in; height:2.13in; border:1.5px solid #000; border-radius:0.12in; background:#fff; padding:0.1in 0.13in; font-size:7.8pt; line-height:1.28; position:relative; margin:0 auto 0.3in auto; }
.card .brand { font-size:11.5pt; font-weight:bold; border-bottom:2px solid #000; padding-bottom:1px; margin-bottom:3px; }
.card table td { padding:0 8px 0 0; vertical-align:top; }
.card .big { font-size:9.5pt; font-weight:bold; }
"""
    lh = f"""<div class="lh"><div><div class="n">DESERT BLOOM WOMEN&rsquo;S HEALTH</div>
<div style="font-size:9pt">Obstetrics &bull; Gynecology &bull; Midwifery</div></div>
<div class="a">1432 S Dobson Rd, Suite 305, Mesa, AZ 85202<br>Main {P(f['referring_phone'],'dot')} &nbsp; Fax {P(f['referring_fax'],'dot')}<br>Billing {P('4808356177','dot')}</div></div>"""

    def t(rows):
        return "<table>" + "".join(f'<tr><td class="l">{k}</td><td class="v">{v}</td></tr>' for k, v in rows) + "</table>"
    p1 = f"""
<div class="sheet"><div class="inner">
{lh}
<h1>OUTPATIENT REFERRAL ORDER</h1>
<div class="grid">
<div class="bx"><div class="t">PATIENT INFORMATION</div>{t([
        ('Pt. Name:', 'Yesenia R. Maldonado'), ('DOB:', D(f['patient_dob'], 'iso')), ('Sex:', 'F'),
        ('MRN:', f['patient_mrn']), ('Cell:', P(f['patient_phone'], 'dot')),
        ('Address:', '2219 W Isabella Ave<br>Mesa, AZ 85202'), ('Language:', 'Spanish (interpreter)')])}</div>
<div class="bx"><div class="t">INSURANCE</div>{t([
        ('Insurance:', f['insurance_payer']), ('Plan:', 'AHCCCS Complete Care'), ('Member ID:', f['insurance_member_id']),
        ('Group #:', 'AZCAID'), ('Subscriber:', 'Self'), ('Auth status:', 'Submitted ' + D('2026-11-12', 'iso'))])}</div>
<div class="bx"><div class="t">REFERRING PROVIDER</div>{t([
        ('Ordering Provider:', 'Camille Forsythe, MD, FACOG'), ('NPI:', f['referring_npi']),
        ('Phone:', P(f['referring_phone'], 'dot')), ('Fax:', P(f['referring_fax'], 'dot')),
        ('PCP:', 'Noel Brandt, DO (Banner Family Med.)')])}</div>
<div class="bx"><div class="t">REFERRED TO</div>{t([
        ('Referral to:', 'Hematology'), ('Provider Name:', 'Elif Demirci, MD'),
        ('Facility:', 'Superstition Hematology &amp; Infusion<br>1620 S Stapley Dr, Suite 140, Mesa, AZ 85204'),
        ('Phone:', P('4808981200', 'dot')), ('Fax:', P('4808981255', 'dot'))])}</div>
</div>
<div class="bx full"><div class="t">CLINICAL INFORMATION</div>{t([
        ('Dx Code(s):', 'D50.0 &ndash; Iron deficiency anemia secondary to blood loss (chronic)<br>N92.0 &ndash; Excessive and frequent menstruation with regular cycle'),
        ('Reason:', f['reason']),
        ('Pertinent Results:', '<span style="font-weight:normal">' + D('2026-11-05', 'iso') + ': Hgb 8.9 g/dL, MCV 71 fL, ferritin 4 ng/mL, TSAT 5%. Pelvic US ' + D('2026-10-21', 'iso') + ': 3.1 cm intramural fibroid.</span>'),
        ('Current Meds:', '<span style="font-weight:normal">Ferrous sulfate 325 mg daily (poor tolerance), norethindrone acetate 5 mg daily, prenatal vitamin.</span>'),
        ('Priority:', box(True) + ' Routine &nbsp;&nbsp; ' + box(False) + ' Urgent &nbsp;&nbsp; ' + box(False) + ' STAT'),
        ('Visits Requested:', '<span style="font-weight:normal">Consult + up to 5 infusion visits</span>')])}</div>
<div style="margin-top:18px; display:flex; justify-content:space-between; align-items:flex-end">
<div>Ordering Provider Signature: <span class="sig">C. Forsythe</span></div>
<div>Order Date: <b style="font-size:10.5pt">{D(f['referral_date'],'iso')}</b></div></div>
<div style="margin-top:10px; font-size:8.5pt">Patient notified of referral: {box(True)} Yes &nbsp; {box(False)} No &nbsp;&nbsp;&nbsp; Staff initials: <i>MG</i> &nbsp;&nbsp;&nbsp;
Please send consult notes to fax {P(f['referring_fax'],'dot')}.</div>
<div class="ft"><span>DBWH-REF-01 rev 2025-02</span><span>Maldonado, Yesenia &bull; {D(f['patient_dob'],'iso')}</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div style="font-size:11pt"><b>INSURANCE CARD COPY</b> &nbsp;&nbsp; Patient: Maldonado, Yesenia &nbsp;&nbsp; Scanned {D('2026-11-12','iso')} by MG</div>
<div class="copy">
<div class="card">
<div class="brand">UnitedHealthcare Community Plan</div>
<div>Health Plan (80840) 911-87726-04</div>
<table style="margin-top:3px">
<tr><td>Member:</td><td class="big">YESENIA R MALDONADO</td></tr>
<tr><td>Member ID:</td><td class="big">{f['insurance_member_id']}</td></tr>
<tr><td>Group Number:</td><td>AZCAID</td></tr>
<tr><td>AHCCCS ID:</td><td>A58201937</td></tr>
<tr><td>PCP Name:</td><td>NOEL BRANDT</td></tr>
<tr><td>PCP Phone:</td><td>(480) 655-2100</td></tr>
</table>
<div style="position:absolute; right:0.13in; bottom:0.1in; text-align:right">Payer ID: 87726<br>Rx Bin: 610494 &nbsp; Rx Grp: ACUAZ<br>Rx PCN: 9999</div>
<div style="position:absolute; left:0.13in; bottom:0.1in; font-weight:bold">AHCCCS Complete Care</div>
</div>
<div class="card">
<div style="font-weight:bold">This card does not guarantee coverage.</div>
<div>Member Services: 1-800-348-4058 &nbsp; TTY 711</div>
<div>NurseLine: 1-877-440-0255 (24/7)</div>
<div>Behavioral Health: 1-800-435-7486</div>
<div style="margin-top:4px">For Providers: UHCprovider.com &nbsp; 1-800-445-1638</div>
<div>Medical Claims: PO Box 5290, Kingston, NY 12402-5290</div>
<div>Pharmacy Claims: OptumRx, PO Box 29044, Hot Springs, AR 71903</div>
<div style="margin-top:4px">In an emergency go to the nearest emergency room or call 911.</div>
</div>
</div>
<div class="ft"><span>DBWH scanned document</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NK04", css, p1 + p2), fields=f, pages=2,
                kind="side_by_side_bordered_section_boxes_obgyn_to_hematology_plus_card_copy", mode="standard",
                fax=dict(when="2026-11-12 13:05", name="DESERT BLOOM WH", number=f["referring_fax"],
                         to="4808981255", fmt="g"))


# ====================================================================== NK05
def nk05():
    """Urgent care: 'REFERRAL TO SPECIALIST' as a thin-bordered four-column grid (label | value | label | value),
    values typed in capitals in a Courier-like face; STAT."""
    f = {
        "patient_last_name": "HOLLOWAY",
        "patient_first_name": "TRAVIS",
        "patient_dob": "1994-03-17",
        "patient_sex": "M",
        "patient_phone": "5128380417",
        "patient_mrn": "UC-884102",
        "insurance_payer": "BCBS OF TEXAS",
        "insurance_member_id": "ZGP905518347",
        "referring_provider": "Nathaniel Osei",
        "referring_npi": npi("181640572"),
        "referring_phone": "5122448800",
        "referring_fax": "5122448812",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Grant Feldman",
        "diagnosis_codes": ["S82.61XA"],
        "reason": "DISPLACED RIGHT LATERAL MALLEOLUS FRACTURE ON X-RAY, SPLINTED AND NON-WEIGHT BEARING. NEEDS ORTHO FOLLOW-UP WITHIN 24-48 HOURS FOR POSSIBLE ORIF.",
        "urgency": "stat",
        "referral_date": "2026-11-14",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; }
.lh { text-align:center; }
.lh .n { font-size:16pt; font-weight:bold; font-style:italic; }
.lh .a { font-size:9pt; }
h1 { font-size:13pt; text-align:center; margin:8px 0 6px 0; }
table.g { width:100%; table-layout:fixed; }
table.g td { border:0.75px solid #000; padding:3px 4px; vertical-align:top; }
table.g td.l { font-size:8.5pt; }
table.g td.v { font-family:'Liberation Mono', 'Courier New', Courier, monospace; font-size:10.5pt; font-weight:bold; }
table.g tr.s td { font-weight:bold; font-size:9pt; letter-spacing:1px; padding:2px 4px; border-top:1.5px solid #000; border-bottom:1.5px solid #000; }
.sig { font-family:'Z003', cursive; font-size:17pt; }
.note { font-size:8pt; margin-top:8px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
"""

    def sec(t):
        return f'<tr class="s"><td colspan="4">{t}</td></tr>'

    def r(l1, v1, l2=None, v2=None):
        if l2 is None:
            return f'<tr><td class="l">{l1}</td><td class="v" colspan="3">{v1}</td></tr>'
        return f'<tr><td class="l">{l1}</td><td class="v">{v1}</td><td class="l">{l2}</td><td class="v">{v2}</td></tr>'
    body = f"""
<div class="sheet"><div class="inner">
<div class="lh"><div class="n">QuickCare Urgent Care &ndash; Round Rock</div>
<div class="a">2700 N Mays St, Suite 100 &bull; Round Rock, TX 78665 &bull; Open 8 AM&ndash;8 PM, 7 days<br>
Clinic {P(f['referring_phone'],'dash')} &bull; Fax {P(f['referring_fax'],'dash')} &bull; After-hours nurse line {P('5122448899','dash')}</div></div>
<h1>URGENT CARE REFERRAL TO SPECIALIST</h1>
<table class="g"><colgroup><col style="width:1.1in"><col><col style="width:1.1in"><col></colgroup>
{sec('PATIENT INFORMATION')}
{r('Name (Last, First)', 'HOLLOWAY, TRAVIS J', 'DOB', D(f['patient_dob'],'us_dash'))}
{r('Sex', 'M', 'Patient ID', f['patient_mrn'])}
{r('Cell', P(f['patient_phone'],'dash'), 'Visit Date', D('2026-11-14','us_dash'))}
{r('Address', '1904 SAM BASS RD APT 12, ROUND ROCK TX 78681')}
{sec('INSURANCE')}
{r('Carrier', f['insurance_payer'], 'Policy #', f['insurance_member_id'])}
{r('Group #', '221047', 'Policy Holder', 'SELF')}
{sec('REFERRING PROVIDER')}
{r('Referring Provider', 'NATHANIEL OSEI, PA-C', 'NPI', f['referring_npi'])}
{r('Clinic Phone', P(f['referring_phone'],'dash'), 'Clinic Fax', P(f['referring_fax'],'dash'))}
{sec('REFERRED TO')}
{r('Specialty', 'ORTHOPEDICS', 'Specialist', 'GRANT FELDMAN, MD')}
{r('Practice', 'CAPITAL ORTHOPEDIC &amp; SPINE', 'Phone / Fax', P('5126513300','dash') + '<br>' + P('5126513319','dash'))}
{sec('CLINICAL INFORMATION')}
{r('ICD-10', 'S82.61XA &ndash; DISPLACED FX LATERAL MALLEOLUS, RIGHT FIBULA, INITIAL ENCOUNTER, CLOSED')}
{r('Reason for Referral', f['reason'])}
{r('Date of Injury', D('2026-11-13','us_dash'), 'Mechanism', 'INVERSION, STEP OFF CURB')}
{r('X-Ray (prelim)', 'R ANKLE 3 VIEWS: OBLIQUE FX DISTAL FIBULA AT LEVEL OF SYNDESMOSIS, 3 MM DISPLACEMENT. MORTISE PRESERVED.')}
{r('Treatment Given', 'POSTERIOR SHORT LEG SPLINT, CRUTCHES, NWB, ICE/ELEVATE, IBUPROFEN 600 MG')}
{r('Priority', '<span style="font-family:Liberation Sans;font-weight:normal;font-size:9.5pt">' + box(False) + ' Routine &nbsp;&nbsp; ' + box(False) + ' Urgent &nbsp;&nbsp; ' + box(True) + ' <b>STAT</b> (24&ndash;48 hrs)</span>', 'Referral Date', D(f['referral_date'],'us'))}
</table>
<div style="margin-top:16px; display:flex; justify-content:space-between; align-items:flex-end">
<div>Provider Signature: <span class="sig">N. Osei PA-C</span></div><div>Date/Time: {D('2026-11-14','us')} 18:40</div></div>
<div class="note"><b>PATIENT INSTRUCTIONS:</b> Call the specialist office listed above the next business day to schedule. Keep the splint dry and do not bear weight.
Return to urgent care or go to the emergency department for increased pain, numbness, or color change of the toes. Copy of x-ray on CD given to patient.</div>
<div class="note">Specialist: please fax visit notes to {P(f['referring_fax'],'dash')}. Questions: call the clinic and ask for the provider on duty.</div>
<div class="ft"><span>QC-UC Form 7 &bull; Specialist Referral</span><span>Patient copy &bull; Chart copy &bull; Specialist copy</span></div>
</div></div>"""
    return dict(html=page("NK05", css, body), fields=f, pages=1,
                kind="four_column_thin_border_grid_courier_caps_values_urgent_care_to_ortho_stat", mode="fine",
                fax=dict(when="11/14/26 18:52", name="QUICKCARE UC ROUND ROCK", number=f["referring_fax"],
                         to="5126513319", fmt="h"))
