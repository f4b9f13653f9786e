"""NG01-NG05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, skew, dropouts]).

Theme of set T: unusual typography and table structures -- column-header tables with values in the row beneath,
dot-leader forms, reversed-out (white on black) labels, condensed small-caps labels above boxed values, hospital
department-to-department consults, primary + secondary insurance, forms that continue on a second page,
right-aligned identifier blocks in letters, dotted phones with extensions, undotted ICD codes after descriptions.
Practices are in the Midwest and East; one specialty each.
"""
from common import npi, P, D, box, page, esc


# ====================================================================== NG01
def ng01():
    """Omaha family medicine -> cardiology. Every section is a ruled table whose column headers sit in one row
    (Name | DOB | Sex | MRN | Phone) with the values in the row beneath; page 2 is a med list / vitals sheet with
    distractor dates, phones and names."""
    f = {
        "patient_last_name": "Lindqvist",
        "patient_first_name": "Annika",
        "patient_dob": "1957-04-29",
        "patient_sex": "F",
        "patient_phone": "4025517342",
        "patient_mrn": "PR-558120",
        "insurance_payer": "Medica",
        "insurance_member_id": "MDC7734019",
        "referring_provider": "Samuel Achterberg",
        "referring_npi": npi("144203857"),
        "referring_phone": "4023918800",
        "referring_fax": "4023918812",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Rosalind Chu",
        "diagnosis_codes": ["I48.91", "R00.2"],
        "reason": "New atrial fibrillation with rapid ventricular response on office ECG, rate 128; started metoprolol "
                  "and apixaban. Please evaluate for rate versus rhythm control.",
        "urgency": "urgent",
        "referral_date": "2026-10-19",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
.top { display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:5px; }
.top .n { font-size:14pt; font-weight:bold; }
.top .a { font-size:8.5pt; line-height:1.35; }
h1 { font-size:15pt; text-align:center; margin:8px 0 2px 0; letter-spacing:1px; }
.sub { text-align:center; font-size:8.5pt; margin-bottom:8px; }
.cap { font-weight:bold; font-size:9.5pt; margin:9px 0 2px 0; }
table.h { width:100%; table-layout:fixed; }
table.h th { border:1px solid #000; background:#d0d0d0; font-size:8pt; font-weight:bold; text-align:left; padding:2px 4px; }
table.h td { border:1px solid #000; padding:4px 4px 5px 4px; font-size:10pt; vertical-align:top; }
.sig { margin-top:14px; display:flex; gap:0.4in; align-items:flex-end; }
.sig div { flex:1; }
.sig .line { border-top:1px solid #000; font-size:8pt; padding-top:2px; }
.sig .s { font-family:'Z003', cursive; font-size:18pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
table.m { width:100%; }
table.m th, table.m td { border-bottom:1px solid #000; text-align:left; padding:3px 4px; font-size:9.5pt; }
table.m th { border-top:2px solid #000; font-size:8.5pt; }
"""
    top = f"""<div class="top"><div><div class="n">Prairie Ridge Family Medicine</div>
<div class="a">8807 W Center Rd, Suite 300 &middot; Omaha, NE 68124</div></div>
<div class="a" style="text-align:right">Tel {P(f['referring_phone'], 'paren')}<br>Fax {P(f['referring_fax'], 'paren')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{top}
<h1>OUTPATIENT SPECIALTY REFERRAL</h1>
<div class="sub">Complete all sections. Values are entered in the row beneath each heading.</div>
<div class="cap">1. Patient</div>
<table class="h"><colgroup><col style="width:30%"><col style="width:16%"><col style="width:8%"><col style="width:20%"><col style="width:26%"></colgroup>
<tr><th>Name (Last, First MI)</th><th>DOB</th><th>Sex</th><th>MRN</th><th>Phone</th></tr>
<tr><td>LINDQVIST, ANNIKA M</td><td>{D(f['patient_dob'], 'us')}</td><td>F</td><td>{f['patient_mrn']}</td><td>{P(f['patient_phone'], 'paren')}</td></tr>
</table>
<table class="h" style="border-top:none"><colgroup><col style="width:54%"><col style="width:20%"><col style="width:26%"></colgroup>
<tr><th>Address</th><th>Preferred language</th><th>Alternate phone</th></tr>
<tr><td>15622 Pasadena Ave, Omaha NE 68130</td><td>English</td><td>{P('4023307715', 'paren')} (daughter)</td></tr>
</table>
<div class="cap">2. Insurance</div>
<table class="h"><colgroup><col style="width:30%"><col style="width:24%"><col style="width:18%"><col style="width:28%"></colgroup>
<tr><th>Payer</th><th>Member ID</th><th>Group</th><th>Subscriber / relation</th></tr>
<tr><td>{f['insurance_payer']}</td><td>{f['insurance_member_id']}</td><td>G-44190</td><td>Annika Lindqvist / self</td></tr>
</table>
<div class="cap">3. Referring provider</div>
<table class="h"><colgroup><col style="width:34%"><col style="width:20%"><col style="width:23%"><col style="width:23%"></colgroup>
<tr><th>Provider</th><th>NPI</th><th>Phone</th><th>Fax</th></tr>
<tr><td>Samuel Achterberg, MD</td><td>{f['referring_npi']}</td><td>{P(f['referring_phone'], 'paren')}</td><td>{P(f['referring_fax'], 'paren')}</td></tr>
</table>
<div class="cap">4. Referred to</div>
<table class="h"><colgroup><col style="width:20%"><col style="width:24%"><col style="width:40%"><col style="width:16%"></colgroup>
<tr><th>Specialty</th><th>Provider</th><th>Location</th><th>Priority</th></tr>
<tr><td>Cardiology</td><td>Rosalind Chu, MD</td><td>Midlands Heart Institute, 17055 Frances St, Omaha</td><td><b>URGENT</b></td></tr>
</table>
<div class="cap">5. Diagnoses</div>
<table class="h"><colgroup><col style="width:16%"><col style="width:84%"></colgroup>
<tr><th>ICD-10</th><th>Description</th></tr>
<tr><td>I48.91</td><td>Unspecified atrial fibrillation</td></tr>
<tr><td>R00.2</td><td>Palpitations</td></tr>
</table>
<div class="cap">6. Reason for referral</div>
<table class="h"><tr><th>Clinical question</th></tr>
<tr><td>{esc(f['reason'])}</td></tr></table>
<div class="cap">7. Authorization</div>
<table class="h"><colgroup><col style="width:25%"><col style="width:25%"><col style="width:25%"><col style="width:25%"></colgroup>
<tr><th>Date of referral</th><th>Visits requested</th><th>Prior auth #</th><th>Records enclosed</th></tr>
<tr><td>{D(f['referral_date'], 'us')}</td><td>Consult + 2</td><td>not required</td><td>ECG, med list</td></tr>
</table>
<div class="sig"><div><div class="s">S. Achterberg</div><div class="line">Signature of referring provider</div></div>
<div><div style="font-size:10pt">{D(f['referral_date'], 'us')}</div><div class="line">Date</div></div></div>
<div class="ft"><span>PRFM-REF-07 &middot; Confidential patient information</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{top}
<h1 style="font-size:13pt">MEDICATION LIST &amp; VITALS</h1>
<div class="sub">Patient: Lindqvist, Annika M &middot; DOB {D(f['patient_dob'], 'us')} &middot; Printed {D('2026-10-19', 'us')} 15:47</div>
<table class="m">
<tr><th>Medication</th><th>Sig</th><th>Started</th><th>Prescriber</th></tr>
<tr><td>Metoprolol succinate ER 50 mg</td><td>1 tab by mouth daily</td><td>{D('2026-10-17', 'us')}</td><td>S. Achterberg</td></tr>
<tr><td>Apixaban 5 mg</td><td>1 tab by mouth twice daily</td><td>{D('2026-10-17', 'us')}</td><td>S. Achterberg</td></tr>
<tr><td>Lisinopril 10 mg</td><td>1 tab daily</td><td>{D('2021-03-02', 'us')}</td><td>K. Oyelaran</td></tr>
<tr><td>Atorvastatin 20 mg</td><td>1 tab at bedtime</td><td>{D('2019-06-11', 'us')}</td><td>K. Oyelaran</td></tr>
<tr><td>Levothyroxine 75 mcg</td><td>1 tab before breakfast</td><td>{D('2014-09-25', 'us')}</td><td>Endocrine (outside)</td></tr>
</table>
<div class="cap" style="margin-top:14px">Allergies</div>
<div>Sulfa drugs (rash). Codeine (nausea).</div>
<div class="cap" style="margin-top:14px">Vitals</div>
<table class="m">
<tr><th>Date</th><th>BP</th><th>HR</th><th>Rhythm</th><th>Wt</th><th>SpO2</th></tr>
<tr><td>{D('2026-10-17', 'us')}</td><td>146/92</td><td>128</td><td>irregularly irregular</td><td>71.2 kg</td><td>97%</td></tr>
<tr><td>{D('2026-10-19', 'us')}</td><td>134/84</td><td>96</td><td>irregularly irregular</td><td>70.8 kg</td><td>98%</td></tr>
<tr><td>{D('2026-04-08', 'us')}</td><td>128/78</td><td>72</td><td>regular</td><td>72.0 kg</td><td>98%</td></tr>
</table>
<div class="cap" style="margin-top:14px">Office ECG {D('2026-10-17', 'us')}</div>
<div>Atrial fibrillation with rapid ventricular response, rate 128. No acute ST changes. QTc 442 ms.<br>
Read by Samuel Achterberg, MD. Prior ECG {D('2025-05-14', 'us')}: normal sinus rhythm, rate 68.</div>
<div class="cap" style="margin-top:14px">Pharmacy</div>
<div>Hy-Vee Pharmacy #1417, 7910 Cass St, Omaha NE &middot; {P('4023974120', 'paren')}</div>
<div class="cap" style="margin-top:14px">Emergency contact</div>
<div>Karin Lindqvist-Moore (daughter) {P('4023307715', 'paren')}</div>
<div class="ft"><span>PRFM-REF-07 &middot; Confidential patient information</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NG01", css, p1 + p2), fields=f, pages=2,
                kind="column_header_tables_values_in_row_beneath_plus_med_list_page_pcp_to_cardiology",
                mode="fine",
                fax=dict(when="10/19/2026 16:02", name="PRAIRIE RIDGE FM", number=f["referring_fax"],
                         to="4023546611", fmt="g"))


# ====================================================================== NG02
def ng02():
    """Duluth family practice -> dermatology. Monospace dot-leader form ('Patient name.........PELLETIER,
    GASTON'); preferred dermatologist left blank."""
    f = {
        "patient_last_name": "Pelletier",
        "patient_first_name": "Gaston",
        "patient_dob": "1944-12-02",
        "patient_sex": "M",
        "patient_phone": "2187224096",
        "patient_mrn": "LFP-30917",
        "insurance_payer": "UCare Medicare",
        "insurance_member_id": "UC600184223",
        "referring_provider": "Ingrid Solberg",
        "referring_npi": npi("193820465"),
        "referring_phone": "2187243300",
        "referring_fax": "2187243309",
        "referred_to_specialty": "dermatology",
        "diagnosis_codes": ["L57.0", "D48.5"],
        "reason": "Enlarging scaly lesion on left temple, 9 mm, bled twice; multiple actinic keratoses on scalp. "
                  "Please evaluate and biopsy.",
        "urgency": "routine",
        "referral_date": "2026-11-04",
    }
    css = """
body { font-family: 'Liberation Mono', 'Nimbus Mono PS', monospace; font-size: 10pt; line-height:1.55; }
.hd { text-align:center; line-height:1.3; }
.hd .n { font-size:13pt; font-weight:bold; }
.rule { border-top:1px dashed #000; margin:7px 0; }
h1 { font-size:12pt; text-align:center; margin:4px 0; letter-spacing:3px; }
h2 { font-size:10pt; margin:8px 0 1px 0; font-weight:bold; }
.dl { display:flex; white-space:nowrap; }
.dl .l { flex:none; }
.dl .d { flex:1 1 auto; overflow:hidden; min-width:0.2in; }
.dl .d::after { content:"......................................................................................................................................................................"; }
.dl .v { flex:none; max-width:4.6in; white-space:normal; font-weight:bold; }
.two { display:flex; gap:0.35in; }
.two > div { flex:1; min-width:0; }
.txt { white-space:normal; font-weight:bold; padding-left:0.3in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:8pt; text-align:center; }
"""

    def dl(label, value):
        return f'<div class="dl"><span class="l">{label}</span><span class="d"></span><span class="v">&nbsp;{value}</span></div>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">LAKESHORE FAMILY PRACTICE</div>
<div>1420 London Road &middot; Duluth, Minnesota 55805</div>
<div>Phone {P(f['referring_phone'], 'dash')} &middot; Fax {P(f['referring_fax'], 'dash')}</div></div>
<div class="rule"></div>
<h1>REFERRAL / CONSULTATION REQUEST</h1>
<div class="rule"></div>
<h2>PATIENT</h2>
{dl('Patient name', 'PELLETIER, GASTON A.')}
<div class="two"><div>{dl('Date of birth', D(f['patient_dob'], 'us'))}</div><div>{dl('Sex', 'M')}</div></div>
<div class="two"><div>{dl('Home phone', P(f['patient_phone'], 'dash'))}</div><div>{dl('Chart no.', f['patient_mrn'])}</div></div>
{dl('Address', '3116 Jefferson St, Duluth MN 55812')}
<h2>INSURANCE</h2>
{dl('Carrier', f['insurance_payer'])}
<div class="two"><div>{dl('Member no.', f['insurance_member_id'])}</div><div>{dl('Group no.', 'MN-2210')}</div></div>
<h2>REFERRING</h2>
{dl('Referring clinician', 'Ingrid Solberg, CNP')}
<div class="two"><div>{dl('NPI', f['referring_npi'])}</div><div>{dl('Phone', P(f['referring_phone'], 'dash'))}</div></div>
<div class="two"><div>{dl('Fax', P(f['referring_fax'], 'dash'))}</div><div>{dl('Supervising MD', 'Alden Voss')}</div></div>
<h2>CONSULTANT</h2>
<div class="two"><div>{dl('Specialty', 'Dermatology')}</div><div>{dl('Priority', 'Routine')}</div></div>
{dl('Preferred dermatologist', '&nbsp;')}
{dl('Location', 'any Essentia or St. Luke&#39;s dermatology clinic')}
<h2>CLINICAL</h2>
{dl('Diagnosis 1', 'L57.0 Actinic keratosis')}
{dl('Diagnosis 2', 'D48.5 Neoplasm of uncertain behavior of skin')}
<div class="dl"><span class="l">Reason for referral</span><span class="d"></span></div>
<div class="txt">{esc(f['reason'])}</div>
<div class="dl"><span class="l">History</span><span class="d"></span></div>
<div class="txt" style="font-weight:normal">Retired ore-boat deckhand, heavy sun exposure. Treated with cryotherapy
{D('2025-06-18', 'us')}. Takes warfarin for atrial fibrillation (last INR 2.4 on {D('2026-10-28', 'us')}).</div>
<div class="rule" style="margin-top:10px"></div>
<div class="two"><div>{dl('Date of request', D(f['referral_date'], 'us'))}</div><div>{dl('Signed', '<i>I. Solberg CNP</i>')}</div></div>
<div class="two"><div>{dl('Appointment date', '&nbsp;')}</div><div>{dl('Confirmed by', '&nbsp;')}</div></div>
<div class="ft">Consultant: please fax your report to {P(f['referring_fax'], 'dash')} -- thank you.</div>
</div></div>"""
    return dict(html=page("NG02", css, body), fields=f, pages=1,
                kind="monospace_dot_leader_form_blank_preferred_dermatologist_np_with_supervising_md",
                mode="standard",
                fax=dict(when="11/04/2026 09:41", name="LAKESHORE FP", number=f["referring_fax"],
                         to="2187868820", fmt="d"))


# ====================================================================== NG03
def ng03():
    """Pittsburgh internal medicine -> gastroenterology. Labels are reversed out (white type on black or dark
    grey cells) with values beside them; page 2 is a CBC / iron panel report. Page 1 skewed."""
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Bernadette",
        "patient_dob": "1962-07-11",
        "patient_sex": "F",
        "patient_phone": "4126649021",
        "patient_mrn": "ACI-0092271",
        "insurance_payer": "Highmark Blue Shield",
        "insurance_member_id": "HMK918402377",
        "referring_provider": "Devendra Raghunathan",
        "referring_npi": npi("110593726"),
        "referring_phone": "4123570400",
        "referring_fax": "4123570455",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Colleen Marrazzo",
        "diagnosis_codes": ["K92.1", "D50.0"],
        "reason": "Two episodes of black tarry stools with hemoglobin drop from 12.9 to 9.4 and new iron deficiency. "
                  "Please evaluate for upper endoscopy and colonoscopy.",
        "urgency": "urgent",
        "referral_date": "2026-10-27",
    }
    css = """
body { font-family: 'Nimbus Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.band { background:#000; color:#fff; padding:6px 10px; display:flex; justify-content:space-between; align-items:center; }
.band .n { font-size:15pt; font-weight:bold; letter-spacing:0.5px; }
.band .a { font-size:8.5pt; text-align:right; line-height:1.35; }
h1 { font-size:14pt; margin:9px 0 6px 0; display:flex; justify-content:space-between; align-items:baseline; }
h1 .u { border:2.5px solid #000; padding:1px 8px; font-size:12pt; letter-spacing:2px; }
table.r { width:100%; table-layout:fixed; border-collapse:separate; border-spacing:0 3px; }
table.r td { padding:4px 6px; vertical-align:middle; }
table.r td.k { background:#000; color:#fff; font-weight:bold; font-size:8.5pt; text-transform:uppercase;
               letter-spacing:0.5px; width:1.35in; }
table.r td.g { background:#3a3a3a; color:#fff; font-weight:bold; font-size:8.5pt; text-transform:uppercase; width:1.1in; }
table.r td.v { border-bottom:1px solid #000; font-size:10.5pt; }
.sec { font-weight:bold; font-size:11pt; margin:9px 0 0 0; border-bottom:3px solid #000; }
.box { border:1px solid #000; padding:5px 7px; font-size:10.5pt; line-height:1.35; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; display:flex; justify-content:space-between; }
.lab { font-family:'Liberation Mono', monospace; font-size:9pt; line-height:1.35; }
.lab table { width:100%; }
.lab th, .lab td { text-align:left; padding:1px 4px; }
.lab th { border-top:1px solid #000; border-bottom:1px solid #000; }
"""

    def r2(k1, v1, k2, v2):
        return (f'<tr><td class="k">{k1}</td><td class="v">{v1}</td><td class="g">{k2}</td>'
                f'<td class="v">{v2}</td></tr>')

    def r1(k, v):
        return f'<tr><td class="k">{k}</td><td class="v" colspan="3">{v}</td></tr>'

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="band"><div><div class="n">ALLEGHENY CROSSING INTERNAL MEDICINE</div>
<div style="font-size:8.5pt">5200 Centre Avenue, Suite 4 &middot; Pittsburgh, PA 15232</div></div>
<div class="a">PHONE {P(f['referring_phone'], 'dot')}<br>FAX {P(f['referring_fax'], 'dot')}</div></div>
<h1><span>Specialist Referral</span><span class="u">URGENT</span></h1>
<div class="sec">Patient</div>
<table class="r"><colgroup><col style="width:1.35in"><col><col style="width:1.1in"><col></colgroup>
{r2('Last name', 'Kowalczyk', 'First name', 'Bernadette')}
{r2('Birth date', D(f['patient_dob'], 'us'), 'Sex', 'Female')}
{r2('Phone', P(f['patient_phone'], 'dot'), 'MRN', f['patient_mrn'])}
{r1('Address', '1738 Murray Ave, Pittsburgh PA 15217')}
</table>
<div class="sec">Coverage</div>
<table class="r"><colgroup><col style="width:1.35in"><col><col style="width:1.1in"><col></colgroup>
{r2('Health plan', f['insurance_payer'], 'Member ID', f['insurance_member_id'])}
{r2('Group', 'PPOBlue 10224', 'Auth', 'pending')}
</table>
<div class="sec">From</div>
<table class="r"><colgroup><col style="width:1.35in"><col><col style="width:1.1in"><col></colgroup>
{r2('Physician', 'Devendra Raghunathan, MD', 'NPI', f['referring_npi'])}
{r2('Office phone', P(f['referring_phone'], 'dot'), 'Office fax', P(f['referring_fax'], 'dot'))}
</table>
<div class="sec">To</div>
<table class="r"><colgroup><col style="width:1.35in"><col><col style="width:1.1in"><col></colgroup>
{r2('Specialty', 'Gastroenterology', 'Physician', 'Colleen Marrazzo, MD')}
{r1('Practice', 'Three Rivers Digestive Health, 3000 Forbes Ave, Pittsburgh PA 15213 &middot; fax ' + P('4126871902', 'dot'))}
</table>
<div class="sec">Clinical</div>
<table class="r"><colgroup><col style="width:1.35in"><col><col style="width:1.1in"><col></colgroup>
{r1('Diagnosis', 'K92.1 &nbsp;Melena<br>D50.0 &nbsp;Iron deficiency anemia secondary to blood loss (chronic)')}
{r2('Referral date', D(f['referral_date'], 'us'), 'Priority', 'Urgent - within 1 week')}
</table>
<div class="box" style="margin-top:4px"><b>Reason for referral:</b> {esc(f['reason'])}</div>
<div class="box" style="margin-top:6px; font-size:9.5pt"><b>Notes:</b> On aspirin 81 mg, stopped {D('2026-10-24', 'us')}.
Started pantoprazole 40 mg twice daily. Hemodynamically stable, no syncope. Last colonoscopy {D('2016-05-03', 'us')}
(Dr. F. Grabowski) - two small tubular adenomas. Labs attached.</div>
<div style="margin-top:14px; display:flex; justify-content:space-between">
<span style="font-family:'Z003', cursive; font-size:18pt">D. Raghunathan</span>
<span style="align-self:flex-end; font-size:9pt">Electronically signed {D(f['referral_date'], 'us')} 11:20</span></div>
<div class="ft"><span>ACIM Form 12 &middot; rev 2025</span><span>1 / 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
<div class="band"><div class="n" style="font-size:12pt">OAKLAND DIAGNOSTIC LABORATORIES</div>
<div class="a">3520 Fifth Ave, Pittsburgh PA 15213<br>Client services {P('4126245580', 'dash')}</div></div>
<div class="lab" style="margin-top:10px">
<table>
<tr><td>PATIENT: KOWALCZYK, BERNADETTE</td><td>DOB: {D(f['patient_dob'], 'us')}</td><td>SEX: F</td></tr>
<tr><td>ACCESSION: B26-300-1187</td><td>COLLECTED: {D('2026-10-26', 'us')} 07:55</td><td>REPORTED: {D('2026-10-26', 'us')} 14:10</td></tr>
<tr><td>ORDERING: RAGHUNATHAN, D</td><td>ACCOUNT: ACIM-0415</td><td>CALL-BACK: {P('4123570400', 'dash')}</td></tr>
</table><br>
<b>COMPLETE BLOOD COUNT</b>
<table>
<tr><th>TEST</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REFERENCE</th><th>PRIOR ({D('2026-04-14', 'us')})</th></tr>
<tr><td>WBC</td><td>7.9</td><td></td><td>K/uL</td><td>4.0-10.5</td><td>6.6</td></tr>
<tr><td>HEMOGLOBIN</td><td>9.4</td><td>L</td><td>g/dL</td><td>12.0-15.5</td><td>12.9</td></tr>
<tr><td>HEMATOCRIT</td><td>29.8</td><td>L</td><td>%</td><td>36.0-46.0</td><td>39.1</td></tr>
<tr><td>MCV</td><td>76.2</td><td>L</td><td>fL</td><td>80-100</td><td>86.4</td></tr>
<tr><td>PLATELETS</td><td>412</td><td>H</td><td>K/uL</td><td>150-400</td><td>288</td></tr>
</table><br>
<b>IRON STUDIES</b>
<table>
<tr><th>TEST</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REFERENCE</th></tr>
<tr><td>IRON</td><td>24</td><td>L</td><td>ug/dL</td><td>50-170</td></tr>
<tr><td>TIBC</td><td>468</td><td>H</td><td>ug/dL</td><td>250-450</td></tr>
<tr><td>% SATURATION</td><td>5</td><td>L</td><td>%</td><td>15-55</td></tr>
<tr><td>FERRITIN</td><td>6</td><td>L</td><td>ng/mL</td><td>15-150</td></tr>
</table><br>
<b>BASIC CHEMISTRY</b>
<table>
<tr><th>TEST</th><th>RESULT</th><th>FLAG</th><th>UNITS</th><th>REFERENCE</th></tr>
<tr><td>BUN</td><td>31</td><td>H</td><td>mg/dL</td><td>7-25</td></tr>
<tr><td>CREATININE</td><td>0.84</td><td></td><td>mg/dL</td><td>0.50-1.10</td></tr>
</table><br>
Hemoglobin delta check flagged; verified by repeat analysis.<br>
Medical director: Stanislaw Pietrzak, MD &middot; CLIA 39D0714482<br>
Results phoned to Marcy Dunleavy, LPN at 14:22 {D('2026-10-26', 'us')}.
</div>
<div class="ft"><span>FINAL REPORT</span><span>2 / 2</span></div>
</div></div>"""
    return dict(html=page("NG03", css, p1 + p2), fields=f, pages=2,
                kind="reversed_out_labels_white_on_black_and_grey_cells_urgent_plus_cbc_iron_report_to_gi",
                mode="fine", skew={1: 1.2},
                fax=dict(when="10/27/2026 11:34", name="ALLEGHENY XING IM", number=f["referring_fax"],
                         to="4126871902", fmt="b"))


# ====================================================================== NG04
def ng04():
    """Toledo urgent care -> neurology, STAT. Condensed all-caps sans-serif labels in 6.5pt type above boxed
    values; the office phone box and the 'neurologist' box are blank / N/A. Standard resolution, lost scan lines."""
    f = {
        "patient_last_name": "Szymanski",
        "patient_first_name": "Raymond",
        "patient_dob": "1951-01-23",
        "patient_sex": "M",
        "patient_phone": "4195826013",
        "patient_mrn": "GL4410832",
        "insurance_payer": "Medical Mutual of Ohio",
        "insurance_member_id": "MMO55120938",
        "referring_provider": "Priya Venkataraman",
        "referring_npi": npi("126648019"),
        "referring_fax": "4194731190",
        "referred_to_specialty": "neurology",
        "diagnosis_codes": ["G45.9", "R47.01"],
        "reason": "Transient right arm weakness and word-finding difficulty lasting 20 minutes this morning, now "
                  "resolved; CT head negative. Please see today for TIA workup.",
        "urgency": "stat",
        "referral_date": "2026-11-09",
    }
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; }
.hd .n { font-family:'Liberation Sans Narrow', 'Nimbus Sans Narrow', sans-serif; font-size:17pt; font-weight:bold;
         letter-spacing:0.5px; }
.hd .a { font-size:8.5pt; line-height:1.35; }
.ttl { font-family:'Liberation Sans Narrow', sans-serif; font-size:20pt; font-weight:bold; text-align:right; line-height:1; }
.grp { font-family:'Liberation Sans Narrow', 'Nimbus Sans Narrow', sans-serif; font-weight:bold; font-size:8pt;
       letter-spacing:1px; margin:10px 0 2px 0; border-bottom:1.5px solid #000; }
.row { display:flex; gap:6px; margin-top:4px; }
.f { flex:1; min-width:0; }
.f .c { font-family:'Liberation Sans Narrow', 'Nimbus Sans Narrow', sans-serif; font-size:6.5pt; text-transform:uppercase;
        letter-spacing:0.2px; line-height:1.1; margin-bottom:1px; }
.f .b { border:1.2px solid #000; min-height:0.27in; padding:3px 5px; font-size:10.5pt; }
.stat { border:3px solid #000; padding:3px 8px; font-family:'Liberation Sans Narrow', sans-serif; font-weight:bold; font-size:15pt; letter-spacing:2px; display:inline-block; }
.ft { position:absolute; bottom:0; left:0; right:0; font-family:'Liberation Sans Narrow', sans-serif; font-size:7pt;
      display:flex; justify-content:space-between; text-transform:uppercase; }
"""

    def fld(cap, val, flex=1):
        return f'<div class="f" style="flex:{flex}"><div class="c">{cap}</div><div class="b">{val}</div></div>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">GREAT LAKES URGENT &amp; FAMILY CARE</div>
<div class="a">3350 W Central Ave &middot; Toledo, OH 43606 &middot; Open 7 days 8a-8p<br>Referral desk fax {P(f['referring_fax'], 'dash')}</div></div>
<div><div class="ttl">NEUROLOGY<br>REFERRAL</div></div></div>
<div style="margin-top:8px; display:flex; justify-content:space-between; align-items:center">
<span class="stat">STAT &mdash; SAME DAY</span>
<span style="font-size:8.5pt">Call the neurology on-call line before sending the patient.</span></div>
<div class="grp">PATIENT INFORMATION</div>
<div class="row">{fld('Patient last name', 'SZYMANSKI', 2)}{fld('First name', 'RAYMOND', 2)}{fld('M.I.', 'J', 0.5)}</div>
<div class="row">{fld('Date of birth (mm/dd/yyyy)', D(f['patient_dob'], 'us'), 1.3)}{fld('Sex (M/F)', 'M', 0.6)}{fld('Patient phone', P(f['patient_phone'], 'paren'), 1.5)}{fld('Medical record no.', f['patient_mrn'], 1.4)}</div>
<div class="row">{fld('Street address', '2219 Airline Ave', 2)}{fld('City / state / ZIP', 'Toledo OH 43609', 1.7)}</div>
<div class="grp">INSURANCE</div>
<div class="row">{fld('Insurance carrier', f['insurance_payer'], 2)}{fld('Subscriber / member ID', f['insurance_member_id'], 1.6)}{fld('Group no.', '7710034', 1)}</div>
<div class="grp">REFERRING PROVIDER</div>
<div class="row">{fld('Referring provider (print)', 'Priya Venkataraman, DO', 2)}{fld('NPI', f['referring_npi'], 1.2)}</div>
<div class="row">{fld('Office phone', '&nbsp;', 1)}{fld('Office fax', P(f['referring_fax'], 'dash'), 1)}{fld('Date of referral', D(f['referral_date'], 'us'), 1)}</div>
<div class="grp">REFERRED TO</div>
<div class="row">{fld('Specialty', 'Neurology', 1)}{fld('Neurologist (if known)', 'N/A', 1.4)}{fld('Facility', 'ProMedica Toledo Hospital TIA clinic', 2)}</div>
<div class="grp">DIAGNOSIS (ICD-10-CM)</div>
<div class="row">{fld('Primary dx code', 'G45.9', 0.8)}{fld('Description', 'Transient cerebral ischemic attack, unspecified', 3)}</div>
<div class="row">{fld('Secondary dx code', 'R47.01', 0.8)}{fld('Description', 'Aphasia', 3)}</div>
<div class="grp">REASON FOR REFERRAL / CLINICAL SUMMARY</div>
<div class="row">{fld('Reason', esc(f['reason']))}</div>
<div class="row">{fld('Pertinent findings', 'BP 168/94. NIHSS 0 at 10:40. Glucose 112. ECG sinus rhythm. Onset witnessed by wife at 07:15. Aspirin 325 mg given.')}</div>
<div class="row">{fld('Imaging / labs sent', 'CT head non-contrast ' + D('2026-11-09', 'us') + ' (no acute findings); CBC, BMP', 2)}{fld('Patient instructed to go to', 'ED if symptoms recur', 1.2)}</div>
<div class="row" style="margin-top:10px">{fld('Provider signature', '<span style="font-family:Z003,cursive;font-size:15pt">P. Venkataraman DO</span>', 2)}{fld('Time', '11:05', 0.6)}</div>
<div class="ft"><span>GLUFC-NEU-02 &middot; Fax completed form with records</span><span>Page 1 of 1</span></div>
</div></div>"""
    return dict(html=page("NG04", css, body), fields=f, pages=1,
                kind="condensed_allcaps_small_labels_above_boxed_values_stat_blank_office_phone_na_neurologist",
                mode="standard", dropouts={1: 2},
                fax=dict(when="11/09/2026 11:12", name="GLUFC TOLEDO", number=f["referring_fax"],
                         to="4192913055", fmt="h"))


# ====================================================================== NG05
def ng05():
    """Charleston WV hospital: inpatient hospital-medicine service -> outpatient pulmonary clinic consult, with
    attending (NPI) and resident both named; page 2 is the discharge medication reconciliation."""
    f = {
        "patient_last_name": "Blankenship",
        "patient_first_name": "Earl",
        "patient_dob": "1948-09-30",
        "patient_sex": "M",
        "patient_phone": "3045527718",
        "patient_mrn": "KV00418827",
        "insurance_payer": "Medicare",
        "insurance_member_id": "3KT7WN2RA48",
        "referring_provider": "Naomi Whitacre",
        "referring_npi": npi("137802249"),
        "referring_phone": "3043881500",
        "referring_fax": "3043881544",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Theodore Bailey-Nwosu",
        "diagnosis_codes": ["J84.10", "J96.11"],
        "reason": "New diagnosis of pulmonary fibrosis on CT chest during admission for hypoxia; discharged on 2 L "
                  "home oxygen. Please evaluate for interstitial lung disease workup and PFTs within 2 weeks.",
        "urgency": "urgent",
        "referral_date": "2026-10-22",
    }
    css = """
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 8.8pt; line-height:1.3; }
.hd { display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:4px; }
.hd .n { font-family:'P052', 'URW Palladio L', serif; font-size:16pt; font-weight:bold; }
.hd .a { font-size:8pt; }
.pb { margin-top:6px; border:1.5px solid #000; display:grid; grid-template-columns: 2.2fr 1.2fr 0.7fr 1.4fr; }
.pb div { padding:3px 5px; border-right:1px solid #000; }
.pb div:last-child { border-right:none; }
.pb .t { font-size:7pt; display:block; }
h1 { font-family:'P052', serif; font-size:13pt; margin:8px 0 4px 0; }
table.k { width:100%; }
table.k td { padding:2px 4px; vertical-align:top; }
table.k td.l { width:1.4in; font-weight:bold; }
.s { margin-top:7px; font-weight:bold; font-size:9pt; background:#e0e0e0; padding:1px 4px; border-left:4px solid #000; }
.note { padding:2px 4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; display:flex; justify-content:space-between; border-top:1px solid #000; }
table.m { width:100%; }
table.m th, table.m td { text-align:left; padding:2px 4px; border-bottom:1px solid #888; vertical-align:top; }
table.m th { background:#e0e0e0; }
"""
    hd = f"""<div class="hd"><div><div class="n">Kanawha Valley Medical Center</div>
<div class="a">800 Pennsylvania Ave &middot; Charleston, WV 25302 &middot; Main {P('3043883000', 'dash')}</div></div>
<div class="a" style="text-align:right">Department of Medicine<br>Division of Hospital Medicine</div></div>
<div class="pb"><div><span class="t">PATIENT</span><b>BLANKENSHIP, EARL W</b></div><div><span class="t">DOB</span>{D(f['patient_dob'], 'us')}</div>
<div><span class="t">SEX</span>M</div><div><span class="t">MRN / FIN</span>{f['patient_mrn']} / 7720045121</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Interdepartmental Consult &mdash; Inpatient to Outpatient Clinic</h1>
<table class="k">
<tr><td class="l">From service:</td><td>Hospital Medicine, Teaching Team B (5 North)</td><td class="l">To clinic:</td><td>Pulmonary &amp; Critical Care Clinic, Pulmonology</td></tr>
<tr><td class="l">Attending of record:</td><td>Naomi Whitacre, MD &middot; <span class="nw">NPI {f['referring_npi']}</span></td><td class="l">Clinic physician:</td><td>Theodore Bailey-Nwosu, MD</td></tr>
<tr><td class="l">Resident:</td><td>Caleb Fenstermacher, MD (PGY-2), pager 4471</td><td class="l">Clinic location:</td><td>Medical Office Bldg 2, Suite 310</td></tr>
<tr><td class="l">Hospitalist office:</td><td>Ph {P(f['referring_phone'], 'dash')} &middot; Fax {P(f['referring_fax'], 'dash')}</td><td class="l">Clinic scheduling:</td><td>{P('3043885260', 'dash')}</td></tr>
<tr><td class="l">Order date:</td><td>{D(f['referral_date'], 'us')}</td><td class="l">Priority:</td><td><b>URGENT</b> (seen within 14 days)</td></tr>
</table>
<div class="s">ENCOUNTER</div>
<table class="k">
<tr><td class="l">Admitted:</td><td>{D('2026-10-18', 'us')} 22:14 via ED</td><td class="l">Expected discharge:</td><td>{D('2026-10-23', 'us')}</td></tr>
<tr><td class="l">Unit / bed:</td><td>5N-512-B</td><td class="l">Discharge to:</td><td>Home with home O2 (Lincare)</td></tr>
</table>
<div class="s">PATIENT CONTACT AND COVERAGE</div>
<table class="k">
<tr><td class="l">Home phone:</td><td>{P(f['patient_phone'], 'dash')}</td><td class="l">Address:</td><td>412 Oakridge Dr, St. Albans WV 25177</td></tr>
<tr><td class="l">Primary payer:</td><td>{f['insurance_payer']} (Part A/B)</td><td class="l">MBI:</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Contact:</td><td>Doris Blankenship (wife) {P('3045527790', 'dash')}</td><td class="l">PCP:</td><td>Randall Shrewsbury, DO</td></tr>
</table>
<div class="s">DIAGNOSES FOR CONSULT</div>
<table class="k">
<tr><td class="l">J84.10</td><td colspan="3">Pulmonary fibrosis, unspecified</td></tr>
<tr><td class="l">J96.11</td><td colspan="3">Chronic respiratory failure with hypoxia</td></tr>
</table>
<div class="s">CONSULT QUESTION</div>
<div class="note">{esc(f['reason'])}</div>
<div class="s">HOSPITAL COURSE (resident summary)</div>
<div class="note">78-year-old retired coal miner admitted with 3 weeks of progressive dyspnea and SpO2 84% on room air.
CT chest ({D('2026-10-19', 'us')}): bibasilar subpleural reticulation and honeycombing, no PE. Treated for possible
superimposed CAP with ceftriaxone/azithromycin; procalcitonin negative. Echo ({D('2026-10-20', 'us')}): EF 55-60%, RVSP
42 mmHg. Ambulatory SpO2 86% on RA, 93% on 2 L. ANA, RF, anti-CCP, myositis panel sent, pending at discharge.
Former smoker, 40 pack-years, quit 2009.</div>
<div class="s">SIGNATURES</div>
<table class="k">
<tr><td class="l">Resident:</td><td>Caleb Fenstermacher, MD &middot; {D('2026-10-22', 'us')} 16:40</td></tr>
<tr><td class="l">Attending:</td><td>I have seen and examined the patient and agree with the plan. &mdash; Naomi Whitacre, MD &middot; {D('2026-10-22', 'us')} 18:05</td></tr>
</table>
<div class="ft"><span>KVMC Consult Order &middot; CO-2291408</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>Discharge Medication Reconciliation</h1>
<table class="m">
<tr><th>Medication</th><th>Instructions</th><th>Status</th><th>Last dose</th></tr>
<tr><td>Oxygen 2 L/min nasal cannula</td><td>With exertion and sleep</td><td>NEW</td><td>&mdash;</td></tr>
<tr><td>Amoxicillin-clavulanate 875 mg</td><td>Twice daily through {D('2026-10-25', 'us')}</td><td>NEW</td><td>{D('2026-10-23', 'us')} 08:00</td></tr>
<tr><td>Tiotropium 18 mcg inhaler</td><td>1 capsule inhaled daily</td><td>CONTINUE</td><td>{D('2026-10-23', 'us')} 09:00</td></tr>
<tr><td>Albuterol HFA</td><td>2 puffs every 4 h as needed</td><td>CONTINUE</td><td>{D('2026-10-22', 'us')} 21:30</td></tr>
<tr><td>Amlodipine 5 mg</td><td>1 tablet daily</td><td>CONTINUE</td><td>{D('2026-10-23', 'us')} 09:00</td></tr>
<tr><td>Hydrochlorothiazide 25 mg</td><td>&mdash;</td><td>STOP</td><td>{D('2026-10-18', 'us')}</td></tr>
</table>
<div class="s" style="margin-top:12px">FOLLOW-UP APPOINTMENTS</div>
<table class="m">
<tr><th>With</th><th>When</th><th>Phone</th></tr>
<tr><td>Randall Shrewsbury, DO (PCP)</td><td>{D('2026-10-29', 'us')} 10:15</td><td>{P('3047662200', 'dash')}</td></tr>
<tr><td>Pulmonary clinic</td><td>clinic to call patient</td><td>{P('3043885260', 'dash')}</td></tr>
<tr><td>Lincare home oxygen</td><td>delivery {D('2026-10-23', 'us')}</td><td>{P('3047441180', 'dash')}</td></tr>
</table>
<div class="s" style="margin-top:12px">RECONCILED BY</div>
<div class="note">Jolene Varney, PharmD &middot; {D('2026-10-23', 'us')} 07:50 &middot; reviewed with patient and wife at bedside.</div>
<div class="ft"><span>KVMC Consult Order &middot; CO-2291408</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("NG05", css, p1 + p2), fields=f, pages=2,
                kind="hospital_interdepartmental_consult_inpatient_to_outpatient_attending_npi_and_resident_plus_med_rec",
                mode="fine",
                fax=dict(when="10/22/2026 18:31", name="KVMC HOSP MED", number=f["referring_fax"],
                         to="3043885261", fmt="e"))
