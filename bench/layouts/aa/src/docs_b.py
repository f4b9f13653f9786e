"""PB06-PB10 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, skew, dropouts]).

Theme of set AA: managed-care referral paperwork (see docs_a.py).
"""
from common import npi, P, D, box, page, esc


def sigline(left, right, font_pt=13):
    return f"""<div style="margin-top:10px; display:flex; gap:0.3in; font-size:7.5pt">
<div style="flex:2; border-top:1px solid #000">{left}</div>
<div style="flex:1; border-top:1px solid #000">{right}</div></div>"""


# ====================================================================== PB06
def pb06():
    """PCP letter in Georgia (Knoxville family practice -> neurology) with the plan's half-page referral slip
    attached as page 2 (condensed type, referral #, subscriber vs member ID, specialist NPI/TIN, CPT)."""
    f = {
        "patient_last_name": "Castellanos",
        "patient_first_name": "Brianna",
        "patient_dob": "1995-06-30",
        "patient_sex": "F",
        "patient_phone": "8654129037",
        "patient_mrn": "KFP-118240",
        "insurance_payer": "Smoky Ridge Health Plan",
        "insurance_member_id": "SRH47720981",
        "referring_provider": "Jacob Whitlock",
        "referring_npi": npi("113095568"),
        "referring_phone": "8655398800",
        "referring_fax": "8655398815",
        "referred_to_specialty": "neurology",
        "referred_to_provider": "Rajesh Venkataraman",
        "diagnosis_codes": ["G43.709", "R20.2"],
        "reason": "Chronic migraine with about 16 headache days a month and new intermittent numbness of the left "
                  "hand. Please evaluate and advise on preventive therapy.",
        "urgency": "routine",
        "referral_date": "2026-03-13",
    }
    spec_npi = npi("148851207")
    css = """
.lt { font-family: Georgia, 'DejaVu Serif', serif; font-size: 10pt; line-height:1.42; }
.lt .lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:1px solid #000; padding-bottom:5px; }
.lt .lh .n { font-size:16pt; font-style:italic; }
.lt .lh .a { font-size:8pt; text-align:right; line-height:1.4; }
.lt p { margin:0 0 7px 0; }
.lt .re { margin:8px 0 9px 0; font-size:9.5pt; }
.lt .re td { padding:0 10px 0 0; vertical-align:top; }
.lt .sig { font-family:'Z003', cursive; font-size:19pt; margin:2px 0 0 0; }
.lt .ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; text-align:center; border-top:1px solid #000; padding-top:2px; }
.sl { font-family: 'Arial Narrow', 'Liberation Sans Narrow', sans-serif; font-size:9pt; }
.slip { border:2.5px solid #000; padding:6px 8px; }
.slip .top { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:1.5px solid #000; padding-bottom:3px; }
.slip .top .n { font-size:15pt; font-weight:bold; }
.slip .top .c { text-align:right; font-size:8pt; }
.slip h3 { margin:5px 0 2px 0; font-size:9pt; background:#ddd; padding:1px 4px; }
.slip table { width:100%; table-layout:fixed; }
.slip td { border:1px solid #000; padding:1px 4px; height:0.32in; vertical-align:top; }
.slip td u { display:block; text-decoration:none; font-size:6.8pt; text-transform:uppercase; }
.slip td b { font-size:10pt; }
.cut { margin:14px 0 6px 0; border-top:1.5px dashed #000; text-align:center; font-size:7.5pt; }
.instr { font-size:8.5pt; line-height:1.4; }
"""
    letter = f"""
<div class="sheet"><div class="inner lt">
<div class="lh"><div class="n">Cumberland Family Physicians</div>
<div class="a">1911 Kingston Pike, Suite 4 &middot; Knoxville, Tennessee 37919<br>
Tel {P(f['referring_phone'], 'dot')} &middot; Fax {P(f['referring_fax'], 'dot')}</div></div>
<p style="margin-top:12px">{D(f['referral_date'], 'long')}</p>
<p>Rajesh Venkataraman, MD<br>East Tennessee Neurology Associates<br>9330 Park West Blvd, Suite 200<br>Knoxville, TN 37923</p>
<table class="re">
<tr><td><b>Re:</b></td><td>Brianna Castellanos &nbsp;&middot;&nbsp; DOB {D(f['patient_dob'], 'us')} &nbsp;&middot;&nbsp; female</td></tr>
<tr><td></td><td>Home phone {P(f['patient_phone'], 'dot')} &nbsp;&middot;&nbsp; our chart {f['patient_mrn']}</td></tr>
<tr><td></td><td>{f['insurance_payer']}, member ID {f['insurance_member_id']} (plan referral slip enclosed)</td></tr>
</table>
<p>Dear Dr. Venkataraman,</p>
<p>Thank you for seeing Ms. Castellanos, a 30-year-old graduate student, on a routine basis. Reason for referral:
{esc(f['reason'])}</p>
<p>She has had migraine without aura since adolescence. Over the past year the frequency has climbed from four or
five to about sixteen headache days a month, eight of them disabling, and she uses sumatriptan or ibuprofen on ten or
more days. Topiramate 50 mg was stopped after six weeks for word-finding trouble; propranolol was not tolerated
because of fatigue. Since January she has had three spells of numbness in the left hand lasting 10 to 20 minutes,
not clearly tied to the headaches. Her neurologic examination in my office on {D('2026-03-10', 'long')} was normal,
including fundi, and her blood pressure was 118/74.</p>
<p>Diagnoses: G43.709 chronic migraine without aura, not intractable, without status migrainosus; R20.2
paresthesia of skin. I have not ordered imaging; please decide whether an MRI is warranted. Her plan requires a
PCP referral for specialist visits, and the referral slip with the plan's referral number is attached.</p>
<p>I would appreciate a copy of your consultation note.</p>
<p style="margin-bottom:0">With thanks and kind regards,</p>
<div class="sig">Jacob Whitlock</div>
<div>Jacob R. Whitlock, MD &middot; Family Medicine<br>NPI {f['referring_npi']}</div>
<p style="font-size:8.5pt; margin-top:8px">Enclosure: Smoky Ridge Health Plan referral slip &nbsp;&middot;&nbsp; cc: chart</p>
<div class="ft">Cumberland Family Physicians &middot; a Smoky Ridge Health Plan participating primary care practice</div>
</div></div>"""
    slip = f"""
<div class="sheet"><div class="inner sl">
<div class="slip">
<div class="top"><div><div class="n">SMOKY RIDGE HEALTH PLAN</div><div>Commercial HMO &middot; PCP-to-Specialist Referral Slip</div></div>
<div class="c">Referral # <b style="font-size:11pt">SR-0313-44172</b><br>Copy 2 &ndash; SPECIALIST<br>Provider line {P('8663104700', 'one')}</div></div>
<h3>MEMBER</h3>
<table><tr><td colspan="2"><u>Member name</u><b>CASTELLANOS, BRIANNA M</b></td><td><u>Date of birth</u><b>{D(f['patient_dob'], 'mmddyy')}</b></td><td><u>Sex</u><b>F</b></td></tr>
<tr><td><u>Subscriber ID</u><b>SRH4772098</b></td><td><u>Member ID</u><b>{f['insurance_member_id']}</b></td><td><u>Group #</u><b>TN-KX-2017</b></td><td><u>Member phone</u><b>{P(f['patient_phone'], 'dash')}</b></td></tr></table>
<h3>PRIMARY CARE PHYSICIAN</h3>
<table><tr><td colspan="2"><u>PCP</u><b>Jacob R. Whitlock, MD</b></td><td><u>PCP NPI</u><b>{f['referring_npi']}</b></td><td><u>PCP TIN</u><b>62-1780344</b></td></tr>
<tr><td colspan="2"><u>Practice</u><b>Cumberland Family Physicians</b></td><td><u>Phone</u><b>{P(f['referring_phone'], 'dash')}</b></td><td><u>Fax</u><b>{P(f['referring_fax'], 'dash')}</b></td></tr></table>
<h3>REFERRED TO</h3>
<table><tr><td><u>Specialty</u><b>Neurology</b></td><td><u>Specialist</u><b>Rajesh Venkataraman, MD</b></td><td><u>Specialist NPI</u><b>{spec_npi}</b></td><td><u>Specialist TIN</u><b>62-1503986</b></td></tr>
<tr><td colspan="2"><u>Practice</u><b>East Tennessee Neurology Associates</b></td><td><u>Phone</u><b>{P('8656903300', 'dash')}</b></td><td><u>Fax</u><b>{P('8656903321', 'dash')}</b></td></tr></table>
<h3>AUTHORIZED SERVICES</h3>
<table><tr><td><u>Issue date</u><b>{D(f['referral_date'], 'mmddyy')}</b></td><td><u>Expires</u><b>{D('2026-06-11', 'mmddyy')}</b></td><td><u>Visits</u><b>1 consult + 2 follow-up</b></td><td><u>Priority</u><b>Routine</b></td></tr>
<tr><td><u>ICD-10 (1)</u><b>G43.709</b></td><td><u>ICD-10 (2)</u><b>R20.2</b></td><td><u>CPT</u><b>99204, 99213 x2</b></td><td><u>Imaging</u><b>70551 needs prior auth</b></td></tr></table>
</div>
<div class="cut">- - - specialist: keep this copy; bill with referral # SR-0313-44172 in box 23 - - -</div>
<div class="instr"><b>Instructions.</b> This referral covers the visits listed for the dates shown. Diagnostic imaging
(MRI/CT/PET), sleep studies and elective procedures require separate prior authorization from Smoky Ridge Health
Plan Utilization Management, fax {P('8663104790', 'one')}. Referrals are not transferable to another specialist. If the
member's PCP assignment changes, the referral remains valid until it expires. Member eligibility must be verified on
each date of service.</div>
</div></div>"""
    return dict(html=page("PB06", css, letter + slip), fields=f, pages=2,
                kind="pcp_letter_georgia_plus_attached_plan_referral_slip_subscriber_vs_member_id_to_neurology",
                mode="standard", skew={2: -1.3},
                fax=dict(when="03/13/2026 16:05", name="CUMBERLAND FAMILY PHYS", number=f["referring_fax"],
                         to="8656903321", fmt="a"))


# ====================================================================== PB07
def pb07():
    """Re-referral / extension request (Columbus PCP -> rheumatology), Arial two-column key/value sections:
    original referral #, dates and visits used vs the new request; primary commercial plan and secondary
    Medicaid (truth = primary); page 2 the PCP's last visit note."""
    f = {
        "patient_last_name": "Whitfield",
        "patient_first_name": "Latoya",
        "patient_dob": "1970-10-08",
        "patient_sex": "F",
        "patient_phone": "6143380952",
        "patient_mrn": "OC-3390125",
        "insurance_payer": "Scioto Valley Health Plan",
        "insurance_member_id": "SVH-55028114",
        "referring_provider": "Hannah Lindgren",
        "referring_npi": npi("120685934"),
        "referring_phone": "6142917000",
        "referring_fax": "6142917050",
        "referred_to_specialty": "rheumatology",
        "referred_to_provider": "Marguerite Desrosiers",
        "diagnosis_codes": ["M05.79", "Z79.899"],
        "reason": "Seropositive rheumatoid arthritis with persistent synovitis on methotrexate; continued "
                  "rheumatology care is needed to start and monitor biologic therapy.",
        "urgency": "routine",
        "referral_date": "2026-03-09",
    }
    spec_npi = npi("173360418")
    css = """
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 9.5pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; }
.hd .n { font-size:13pt; font-weight:bold; }
.hd .s { font-size:8pt; line-height:1.35; }
h1 { font-size:13pt; margin:8px 0 2px 0; border-top:2px solid #000; border-bottom:2px solid #000; padding:3px 0; text-align:center; }
.sub { font-size:8pt; text-align:center; margin-bottom:6px; }
.cols { display:flex; gap:0.2in; }
.cols > div { flex:1; }
h2 { font-size:9.5pt; margin:7px 0 3px 0; text-transform:uppercase; border-bottom:1px solid #000; }
.kv { display:flex; margin:2px 0; }
.kv b { width:1.3in; flex:none; font-weight:normal; font-size:8.5pt; }
.kv span { font-weight:bold; }
table.c { width:100%; border:1px solid #000; margin-top:3px; }
table.c th { background:#e0e0e0; border:1px solid #000; font-size:8.5pt; text-align:left; padding:1px 4px; }
table.c td { border:1px solid #000; padding:2px 4px; }
.box { border:1px solid #000; padding:4px 6px; margin-top:4px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
.vn h1 { text-align:left; border:none; font-size:12pt; margin:6px 0; }
.vn p { margin:0 0 5px 0; line-height:1.35; }
.vn h3 { font-size:9.5pt; margin:8px 0 2px 0; }
"""

    def kv(l, v):
        return f'<div class="kv"><b>{l}</b><span>{v}</span></div>'

    hd = f"""<div class="hd"><div><div class="n">Olentangy Crossing Primary Care</div>
<div class="s">1480 Dublin Rd, Columbus, OH 43215 &middot; Phone {P(f['referring_phone'], 'paren')} &middot; Fax {P(f['referring_fax'], 'paren')}</div></div>
<div class="s" style="text-align:right">To: Scioto Valley Health Plan<br>Referral Unit fax {P('6144450219', 'paren')}</div></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{hd}
<h1>REQUEST FOR REFERRAL EXTENSION / ADDITIONAL VISITS</h1>
<div class="sub">Use this form to extend an existing specialist referral. A new referral number will be issued if approved.</div>
<div class="cols"><div>
<h2>Patient</h2>
{kv('Name', 'Latoya D. Whitfield')}
{kv('Date of birth', D(f['patient_dob'], 'us'))}
{kv('Sex', 'Female')}
{kv('Phone', P(f['patient_phone']))}
{kv('PCP chart #', f['patient_mrn'])}
<h2>Primary insurance</h2>
{kv('Plan', f['insurance_payer'])}
{kv('Member ID', f['insurance_member_id'])}
{kv('Group #', 'OH-BMH-3301')}
{kv('Subscriber', 'Self')}
<h2>Secondary insurance</h2>
{kv('Plan', 'Ohio Medicaid')}
{kv('Medicaid ID', '110284937516')}
</div><div>
<h2>Requesting PCP</h2>
{kv('Provider', 'Hannah Lindgren, MD')}
{kv('NPI', f['referring_npi'])}
{kv('Practice TIN', '31-1648207')}
{kv('Phone', P(f['referring_phone']))}
{kv('Fax', P(f['referring_fax']))}
<h2>Specialist (currently treating)</h2>
{kv('Provider', 'Marguerite Desrosiers, MD')}
{kv('Specialty', 'Rheumatology')}
{kv('NPI', spec_npi)}
{kv('TIN', '31-1922076')}
{kv('Practice', 'Central Ohio Arthritis Center')}
{kv('Phone / fax', P('6145664100') + ' / ' + P('6145664128'))}
</div></div>
<h2>Original referral</h2>
<table class="c"><tr><th>Referral #</th><th>Issued</th><th>Expires</th><th>Visits authorized</th><th>Visits used</th></tr>
<tr><td>SV-REF-2025-118402</td><td>{D('2025-09-15', 'us')}</td><td>{D('2026-03-14', 'us')}</td><td>4</td><td>4</td></tr></table>
<h2>Extension requested</h2>
<div class="cols"><div>
{kv('Date of request', D(f['referral_date'], 'us'))}
{kv('Priority', box(True) + 'Routine &nbsp; ' + box(False) + 'Urgent')}
</div><div>
{kv('Additional visits', '6')}
{kv('Requested period', D('2026-03-15', 'us') + ' &ndash; ' + D('2026-09-14', 'us'))}
</div></div>
<table class="c"><tr><th style="width:1in">ICD-10-CM</th><th>Description</th><th style="width:0.8in">CPT</th><th>Service</th><th style="width:0.5in">Units</th></tr>
<tr><td>M05.79</td><td>Rheumatoid arthritis with rheumatoid factor of multiple sites</td><td>99214</td><td>Established visit</td><td>6</td></tr>
<tr><td>Z79.899</td><td>Other long term (current) drug therapy</td><td>20610</td><td>Joint injection, major</td><td>2</td></tr>
<tr><td></td><td></td><td>96372</td><td>Injection, SC/IM</td><td>2</td></tr></table>
<h2>Reason for extension</h2>
<div class="box">{esc(f['reason'])} Specialist progress note of {D('2026-02-26', 'us')} recommends adalimumab; TB screen negative {D('2026-02-20', 'us')}.</div>
{sigline('Requesting provider <span style="font-family:Z003,cursive;font-size:13pt">&nbsp;Hannah Lindgren MD</span>', 'Date ' + D(f['referral_date'], 'us'))}
<div class="ft"><span>SVHP-EXT-02 &middot; Plan decision within 5 business days; member and both providers are notified</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner vn">
{hd}
<h1>Office Visit &mdash; {D('2026-03-04', 'us')}</h1>
<p><b>Patient:</b> Whitfield, Latoya D. &nbsp; <b>DOB:</b> {D(f['patient_dob'], 'us')} &nbsp; <b>Chart:</b> {f['patient_mrn']} &nbsp; <b>Provider:</b> Hannah Lindgren, MD</p>
<h3>Subjective</h3>
<p>55-year-old woman with seropositive RA diagnosed in 2024, followed by Dr. Desrosiers at Central Ohio Arthritis Center.
Reports morning stiffness of about 90 minutes and swelling of both wrists and several knuckles despite methotrexate
20 mg weekly and folic acid. Prednisone 5 mg was tapered off in January. No fever, cough or weight loss.</p>
<h3>Objective</h3>
<p>BP 128/80, HR 76, Wt 82 kg. Synovitis of both wrists and right 2nd-3rd MCP joints; left knee small effusion.
Labs {D('2026-02-20', 'us')}: ESR 38, CRP 2.4 mg/dL, CBC and LFTs normal, QuantiFERON negative, hepatitis B and C negative.</p>
<h3>Assessment</h3>
<p>1. Rheumatoid arthritis with rheumatoid factor, multiple sites (M05.79), moderate disease activity on methotrexate.<br>
2. Long-term methotrexate therapy (Z79.899), labs stable.</p>
<h3>Plan</h3>
<p>Referral to rheumatology expires {D('2026-03-14', 'us')} with all four visits used. Extension requested from Scioto Valley
Health Plan for six further visits so that biologic therapy can be started and monitored. Continue methotrexate and folic acid.
Influenza and pneumococcal vaccines up to date; shingles vaccine dose 2 given today. Return in 3 months.</p>
<p style="margin-top:10px">Electronically signed by Hannah Lindgren, MD on {D('2026-03-04', 'us')} 17:22</p>
<div class="ft"><span>Olentangy Crossing Primary Care &middot; confidential patient information</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("PB07", css, p1 + p2), fields=f, pages=2,
                kind="re_referral_extension_request_two_column_kv_original_vs_new_referral_primary_plus_medicaid_secondary_to_rheumatology",
                mode="fine",
                fax=dict(when="03/09/2026 12:30", name="OLENTANGY CROSSING PC", number=f["referring_fax"],
                         to="6144450219", fmt="b"))


# ====================================================================== PB08
def pb08():
    """Referral denial-and-resubmission page (Tampa PCP -> pulmonology): top part the plan's determination notice
    (original request routine, out-of-network specialist, not approved), bottom part the PCP's typed resubmission
    to an in-network pulmonologist marked STAT; page 2 the chest CT report."""
    f = {
        "patient_last_name": "Thibault",
        "patient_first_name": "Raymond",
        "patient_dob": "1957-01-25",
        "patient_sex": "M",
        "patient_phone": "8132094476",
        "insurance_payer": "Gulfstream Health Plan",
        "insurance_member_id": "GSH702918834",
        "referring_provider": "Carmen Delgado",
        "referring_npi": npi("187402259"),
        "referring_phone": "8138704200",
        "referring_fax": "8138704266",
        "referred_to_specialty": "pulmonology",
        "referred_to_provider": "Howard Achterberg",
        "diagnosis_codes": ["R91.8", "R04.2"],
        "reason": "New 2.8 cm spiculated right upper lobe mass on CT with hilar nodes and blood-streaked sputum "
                  "in a smoker. Please evaluate for bronchoscopy and tissue diagnosis.",
        "urgency": "stat",
        "referral_date": "2026-03-05",
    }
    old_npi = npi("152277930")
    new_npi = npi("106639215")
    css = """
body { font-family: Verdana, 'DejaVu Sans', sans-serif; font-size: 8.3pt; }
.ph { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #000; padding-bottom:3px; }
.ph .n { font-size:13pt; font-weight:bold; }
.ph .r { text-align:right; font-size:7.3pt; line-height:1.35; }
h1 { font-size:11pt; margin:5px 0 3px 0; }
table.k { width:100%; }
table.k td { padding:1px 3px; vertical-align:top; }
table.k td.l { width:1.45in; font-size:7.6pt; }
.den { border:2px solid #000; padding:4px 6px; margin:4px 0; }
.den b.big { font-size:11pt; letter-spacing:1px; }
.secb { border:2px solid #000; margin-top:8px; }
.secb .t { background:#000; color:#fff; font-weight:bold; padding:2px 6px; font-size:9pt; }
.secb table { width:100%; table-layout:fixed; }
.secb td { border-top:1px solid #000; border-right:1px solid #000; padding:1px 4px; vertical-align:top; height:0.31in; }
.secb td:last-child { border-right:none; }
.secb td i { display:block; font-style:normal; font-size:6.5pt; }
.ty { font-family: Courier, 'Nimbus Mono PS', monospace; font-size:9.2pt; font-weight:bold; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:6.8pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
.rad { font-family: Georgia, 'DejaVu Serif', serif; font-size:9.5pt; line-height:1.4; }
.rad .hd { display:flex; justify-content:space-between; border-bottom:1.5px solid #000; padding-bottom:4px; margin-bottom:6px; font-size:8pt; }
.rad h2 { font-size:10pt; margin:8px 0 2px 0; text-transform:uppercase; }
.rad p { margin:0 0 4px 0; }
"""

    def c(cap, val, span=1):
        return f'<td colspan="{span}"><i>{cap}</i><span class="ty">{val}</span></td>'

    p1 = f"""
<div class="sheet"><div class="inner">
<div class="ph"><div class="n">Gulfstream Health Plan</div>
<div class="r">Utilization Management &middot; PO Box 31877, Tampa FL 33631<br>UM phone {P('8135507300', 'dash')} &middot; UM fax {P('8135507345', 'dash')}</div></div>
<h1>NOTICE OF REFERRAL DETERMINATION</h1>
<table class="k">
<tr><td class="l">To (requesting PCP):</td><td>Carmen Delgado, MD &middot; Westshore Family Practice</td><td class="l">Fax:</td><td>{P(f['referring_fax'], 'dash')}</td></tr>
<tr><td class="l">Member:</td><td>THIBAULT, RAYMOND P</td><td class="l">Member ID:</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Date of birth:</td><td>{D(f['patient_dob'], 'us')}</td><td class="l">Group #:</td><td>GS-TPA-7710</td></tr>
<tr><td class="l">Case #:</td><td>D-26-004417</td><td class="l">Received:</td><td>{D('2026-03-02', 'us')} (priority: routine)</td></tr>
<tr><td class="l">Requested provider:</td><td>Sanjay Mehta, MD &middot; Bayshore Pulmonary Clinic &middot; NPI {old_npi}</td><td class="l">Network status:</td><td>OUT OF NETWORK</td></tr>
<tr><td class="l">Requested service:</td><td>99204 new patient consult, pulmonology</td><td class="l">Diagnosis:</td><td>R91.8</td></tr>
</table>
<div class="den"><b class="big">DETERMINATION: NOT APPROVED</b> &nbsp; Date {D('2026-03-04', 'us')} &nbsp; Reason code OON-2<br>
The requested specialist does not participate in the Gulfstream HMO network, and the service is available from
participating pulmonologists within access standards. You may resubmit to a participating provider using Section B
below; resubmissions are reviewed within 24 hours when marked STAT. Member appeal rights are enclosed with the member's copy.
<br>Reviewer: Dana Okafor, RN &middot; Medical director: Philip Sarkis, MD</div>
<div class="secb"><div class="t">SECTION B &mdash; PROVIDER RESUBMISSION (complete and fax to {P('8135507345', 'dash')})</div>
<table>
<tr>{c('Resubmission date', D(f['referral_date'], 'us'))}<td><i>Priority</i>{box(False)}Routine {box(False)}Urgent {box(True)}<b>STAT</b></td>{c('Original case #', 'D-26-004417')}{c('Visits requested', '2')}</tr>
<tr>{c('Member phone', P(f['patient_phone'], 'dash'))}{c('Sex', 'M')}{c('PCP NPI', f['referring_npi'])}{c('PCP phone', P(f['referring_phone'], 'dash'))}</tr>
<tr>{c('New specialist (participating)', 'Howard Achterberg, MD', 2)}{c('Specialty', 'Pulmonology')}{c('Specialist NPI', new_npi)}</tr>
<tr>{c('Practice', 'Tampa Bay Lung &amp; Sleep Associates', 2)}{c('Specialist TIN', '59-3308164')}{c('Specialist fax', P('8138757291', 'dash'))}</tr>
<tr>{c('ICD-10', 'R91.8, R04.2', 2)}{c('CPT', '99204, 31624, 31652', 2)}</tr>
<tr>{c('Reason / clinical urgency', esc(f['reason']), 4)}</tr>
<tr>{c('Attached', box(True) + 'CT chest report ' + box(False) + 'Office note ' + box(False) + 'Labs', 2)}{c('Signature', '<span style="font-family:Z003,cursive;font-size:13pt;font-weight:normal">C. Delgado MD</span>', 2)}</tr>
</table></div>
<div style="margin-top:6px; font-size:7.5pt">PCP office: Westshore Family Practice, 4110 W Kennedy Blvd, Tampa FL 33609 &middot; phone {P(f['referring_phone'], 'dash')} &middot; fax {P(f['referring_fax'], 'dash')}</div>
<div class="ft"><span>GHP-UM-DN-04 &middot; This notice is not a denial of coverage for emergency services.</span><span>Page 1 of 2</span></div>
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner rad">
<div class="hd"><div><b style="font-size:11pt">SUNCOAST IMAGING CENTER</b><br>2901 W Swann Ave, Tampa FL 33609 &middot; {P('8138721100', 'dash')}</div>
<div style="text-align:right">Accession SIC-26-0227-3391<br>Exam date {D('2026-02-27', 'us')}</div></div>
<p><b>Patient:</b> THIBAULT, RAYMOND P &nbsp; <b>DOB:</b> {D(f['patient_dob'], 'us')} &nbsp; <b>Sex:</b> M</p>
<p><b>Ordering:</b> Carmen Delgado, MD &nbsp; <b>Copy to:</b> chart</p>
<h2>Exam</h2><p>CT chest with IV contrast.</p>
<h2>Indication</h2><p>Cough for 6 weeks, blood-streaked sputum; 45 pack-year smoker.</p>
<h2>Findings</h2>
<p>Lungs: 2.8 x 2.4 cm spiculated mass in the posterior segment of the right upper lobe. Mild centrilobular emphysema.
No pleural effusion. Several 4 mm nodules in the left lower lobe, likely benign.</p>
<p>Mediastinum and hila: enlarged right hilar node 1.4 cm short axis and right lower paratracheal node 1.1 cm.</p>
<p>Upper abdomen: no adrenal or liver lesion in the imaged portion.</p>
<p>Bones: no destructive lesion.</p>
<h2>Impression</h2>
<p>1. Spiculated right upper lobe mass with right hilar and paratracheal adenopathy, highly suspicious for primary lung
malignancy. Tissue sampling recommended (bronchoscopy with EBUS or CT-guided biopsy).</p>
<p>2. Emphysema.</p>
<p>Results called to Dr. Delgado's office on {D('2026-02-27', 'us')} at 16:10.</p>
<p style="margin-top:12px">Electronically signed: Nicole Farragut, MD, Radiology &middot; {D('2026-02-27', 'us')} 15:58</p>
<div class="ft" style="font-family:Verdana,'DejaVu Sans',sans-serif"><span>Suncoast Imaging Center &middot; report copy</span><span>Page 2 of 2</span></div>
</div></div>"""
    return dict(html=page("PB08", css, p1 + p2), fields=f, pages=2,
                kind="plan_denial_notice_with_pcp_resubmission_section_original_routine_oon_vs_new_stat_plus_ct_report_to_pulmonology",
                mode="standard", skew={1: 1.5}, dropouts={2: 2},
                fax=dict(when="03/05/2026 08:47", name="WESTSHORE FAMILY PRAC", number=f["referring_fax"],
                         to="8135507345", fmt="d"))


# ====================================================================== PB09
def pb09():
    """ACO care-coordination referral (Des Moines NP -> ophthalmology): fax cover, a form made of tables with
    header rows, and a Medicare eligibility printout; Original Medicare primary (member ID = MBI) with a Medigap
    plan secondary; NP referrer with a collaborating physician; Verdana."""
    f = {
        "patient_last_name": "Janssen",
        "patient_first_name": "Delbert",
        "patient_dob": "1944-04-21",
        "patient_sex": "M",
        "patient_phone": "5152876630",
        "patient_mrn": "HACP-772019",
        "insurance_payer": "Original Medicare",
        "insurance_member_id": "5GF8WC3TK61",
        "referring_provider": "Yvonne Achebe",
        "referring_npi": npi("199307562"),
        "referring_phone": "5152429100",
        "referring_fax": "5152429140",
        "referred_to_specialty": "ophthalmology",
        "referred_to_provider": "Peter Vandermolen",
        "diagnosis_codes": ["H40.013", "H25.13", "E11.9"],
        "reason": "Eye pressures of 24 and 25 with suspicious optic disc cupping and gradual blurring of vision. "
                  "Please evaluate for glaucoma and cataracts.",
        "urgency": "routine",
        "referral_date": "2026-03-12",
    }
    spec_npi = npi("115528406")
    collab_npi = npi("162011374")
    css = """
body { font-family: Verdana, 'DejaVu Sans', sans-serif; font-size: 8.5pt; }
.cov .top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:6px solid #000; padding-bottom:6px; }
.cov .top .n { font-size:15pt; font-weight:bold; }
.cov h1 { font-size:26pt; letter-spacing:4px; margin:0.25in 0 0.1in 0; }
.cov table { width:100%; font-size:10pt; border:1.5px solid #000; }
.cov td { border:1px solid #000; padding:8px 6px; }
.cov td.l { width:1.2in; background:#e2e2e2; font-weight:bold; }
.cov .msg { margin-top:14px; font-size:10pt; line-height:1.5; }
.cov .conf { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; border:1px solid #000; padding:5px; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #000; padding-bottom:3px; }
.hd .n { font-size:12pt; font-weight:bold; }
.hd .r { text-align:right; font-size:7.3pt; line-height:1.35; }
h1.t { font-size:11pt; margin:6px 0 5px 0; text-align:center; letter-spacing:0.5px; }
table.h { width:100%; border:1.2px solid #000; margin-bottom:6px; }
table.h caption { text-align:left; font-weight:bold; font-size:8.5pt; padding:1px 0; }
table.h th { background:#d6d6d6; border:1px solid #000; font-size:7.3pt; font-weight:bold; text-align:left; padding:1px 3px; }
table.h td { border:1px solid #000; padding:2px 3px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:6.8pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
.el { font-family: 'Courier New', 'Liberation Mono', monospace; font-size:8.6pt; line-height:1.35; }
.el .bar { border:1.5px solid #000; padding:3px 5px; font-weight:bold; display:flex; justify-content:space-between; }
.el h3 { font-size:9pt; margin:8px 0 2px 0; border-bottom:1px solid #000; }
.el table { width:100%; }
.el td { padding:0 4px; vertical-align:top; }
.el td.l { width:2.2in; }
"""

    def tbl(caption, heads, rows, widths=None):
        w = widths or [""] * len(heads)
        th = "".join(f'<th{(" style=" + chr(34) + "width:" + x + chr(34)) if x else ""}>{h}</th>' for h, x in zip(heads, w))
        trs = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows)
        return f'<table class="h"><caption>{caption}</caption><tr>{th}</tr>{trs}</table>'

    cover = f"""
<div class="sheet"><div class="inner cov">
<div class="top"><div><div class="n">Ingersoll Park Health Center</div><div>3201 Ingersoll Ave, Des Moines, IA 50312</div></div>
<div style="text-align:right">Phone {P(f['referring_phone'], 'dash')}<br>Fax {P(f['referring_fax'], 'dash')}</div></div>
<h1>FACSIMILE</h1>
<table>
<tr><td class="l">Date</td><td>{D(f['referral_date'], 'abbr')}</td><td class="l">Pages</td><td>3 incl. cover</td></tr>
<tr><td class="l">To</td><td>Iowa Eye Associates &ndash; new patient scheduling</td><td class="l">Fax</td><td>{P('5152255520', 'dash')}</td></tr>
<tr><td class="l">From</td><td>Care coordination &ndash; Jill Hartwig, RN</td><td class="l">Phone</td><td>{P(f['referring_phone'], 'dash')}</td></tr>
<tr><td class="l">Subject</td><td colspan="3">ACO referral &ndash; D. Janssen (eye exam)</td></tr>
</table>
<div class="msg">Attached: Heartland ACO referral form and the patient's Medicare eligibility printout.
Mr. Janssen is attributed to Heartland Accountable Care Partners; please send the consult note back to our fax
so the care gap can be closed. He prefers morning appointments and his daughter drives him.</div>
<div class="conf">This fax may contain protected health information. If you received it in error, please call
{P(f['referring_phone'], 'dash')} and destroy all copies.</div>
</div></div>"""
    form = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">HEARTLAND ACCOUNTABLE CARE PARTNERS</div><div style="font-size:7.5pt">Medicare Shared Savings Program ACO &middot; ACO ID A4417 &middot; Care Coordination Referral</div></div>
<div class="r">ACO care line {P('5152881900', 'dash')}<br>Referral tracking # HACP-R-260312-0093</div></div>
<h1 class="t">PREFERRED-NETWORK SPECIALTY REFERRAL</h1>
{tbl('Patient', ['Last name', 'First name', 'Date of birth', 'Sex', 'Phone', 'ACO / chart #'],
     [['JANSSEN', 'DELBERT', D(f['patient_dob'], 'us'), 'M', P(f['patient_phone'], 'dash'), f['patient_mrn']]])}
{tbl('Coverage', ['Order', 'Payer', 'ID type', 'ID', 'Effective'],
     [['Primary', f['insurance_payer'] + ' (Part A &amp; B)', 'Medicare MBI', f['insurance_member_id'], D('2009-04-01', 'us')],
      ['Secondary', 'Prairie Mutual Medicare Supplement Plan G', 'Policy #', 'PMS-G-40028817', D('2009-04-01', 'us')]],
     ['0.7in', '', '1in', '1.1in', '0.85in'])}
{tbl('Referring provider', ['Name', 'Credentials', 'NPI', 'Phone', 'Fax'],
     [['Yvonne Achebe', 'APRN, FNP-BC', f['referring_npi'], P(f['referring_phone'], 'dash'), P(f['referring_fax'], 'dash')],
      ['Collaborating: Martin Kessler', 'MD', collab_npi, P(f['referring_phone'], 'dash'), '&nbsp;']])}
{tbl('Referred to', ['Specialty', 'Provider', 'NPI', 'TIN', 'ACO preferred'],
     [['Ophthalmology', 'Peter Vandermolen, MD', spec_npi, '42-1290577', box(True) + 'Yes']])}
{tbl('Location', ['Practice', 'Address', 'Phone', 'Fax'],
     [['Iowa Eye Associates', '1221 Pleasant St, Suite 300, Des Moines IA 50309', P('5152255500', 'dash'), P('5152255520', 'dash')]])}
{tbl('Referral', ['Date of referral', 'Priority', 'Visits', 'Requested services (CPT)'],
     [[D(f['referral_date'], 'us'), 'Routine', '1 + follow-up', '92004 comprehensive eye exam; 92133 OCT optic nerve; 92083 visual fields']],
     ['1.1in', '0.8in', '0.9in', ''])}
{tbl('Diagnoses', ['ICD-10-CM', 'Description'],
     [['H40.013', 'Open angle with borderline findings, low risk, bilateral'],
      ['H25.13', 'Age-related nuclear cataract, bilateral'],
      ['E11.9', 'Type 2 diabetes mellitus without complications']], ['1in', ''])}
{tbl('Reason for referral', ['Clinical question'], [[esc(f['reason'])]])}
{tbl('Care gaps addressed', ['Measure', 'Status'],
     [['Diabetic eye exam (annual)', 'Open &ndash; last exam ' + D('2024-02-08', 'us')], ['Falls risk screening', 'Done ' + D('2026-03-12', 'us')]], ['2.4in', ''])}
{sigline('Referring provider <span style="font-family:Z003,cursive;font-size:13pt">&nbsp;Yvonne Achebe APRN</span>', 'Date ' + D(f['referral_date'], 'us'))}
<div class="ft"><span>Original Medicare beneficiaries keep freedom of choice of provider; this referral recommends ACO-preferred specialists.</span><span>HACP-CC-3</span></div>
</div></div>"""
    elig = f"""
<div class="sheet"><div class="inner el">
<div class="bar"><span>MEDICARE ELIGIBILITY INQUIRY - 271 RESPONSE</span><span>Printed {D('2026-03-12', 'us')} 09:02</span></div>
<div style="font-size:7.5pt; margin:2px 0 6px 0">Submitter: Ingersoll Park Health Center &middot; via Hawkeye Clearinghouse &middot; Trace # 88120547-33</div>
<h3>BENEFICIARY</h3>
<table>
<tr><td class="l">Name:</td><td>JANSSEN, DELBERT W</td></tr>
<tr><td class="l">MBI:</td><td>{f['insurance_member_id']}</td></tr>
<tr><td class="l">Date of birth:</td><td>{D(f['patient_dob'], 'us')}</td></tr>
<tr><td class="l">Gender:</td><td>M</td></tr>
<tr><td class="l">Address on file:</td><td>2718 Beaver Ave, Des Moines IA 50310</td></tr>
</table>
<h3>ENTITLEMENT</h3>
<table>
<tr><td class="l">Part A:</td><td>ACTIVE  eff {D('2009-04-01', 'us')}</td></tr>
<tr><td class="l">Part B:</td><td>ACTIVE  eff {D('2009-04-01', 'us')}</td></tr>
<tr><td class="l">Medicare Advantage:</td><td>NONE ON FILE</td></tr>
<tr><td class="l">Part D plan:</td><td>S5884-112 eff {D('2025-01-01', 'us')}</td></tr>
<tr><td class="l">MSP (Medicare secondary payer):</td><td>NONE - Medicare is primary</td></tr>
<tr><td class="l">Hospice / ESRD:</td><td>NO / NO</td></tr>
</table>
<h3>PART B DEDUCTIBLE (CY 2026)</h3>
<table>
<tr><td class="l">Base:</td><td>$283.00</td></tr>
<tr><td class="l">Remaining:</td><td>$283.00</td></tr>
</table>
<h3>PREVENTIVE SERVICES - NEXT ELIGIBLE DATE</h3>
<table>
<tr><td class="l">Annual wellness visit (G0439):</td><td>{D('2026-09-16', 'us')}</td></tr>
<tr><td class="l">Glaucoma screening (G0117):</td><td>ELIGIBLE (diabetes)</td></tr>
<tr><td class="l">Diabetes self-mgmt training:</td><td>ELIGIBLE</td></tr>
</table>
<h3>NOTES</h3>
<div>Supplemental (Medigap) coverage is not reported in the 271. Per intake: Prairie Mutual Medicare Supplement
Plan G, policy PMS-G-40028817, verified by phone {D('2026-03-10', 'us')}.</div>
<div class="ft" style="font-family:Verdana,'DejaVu Sans',sans-serif"><span>Response from CMS HETS via clearinghouse; for verification only</span><span>Page 3 of 3</span></div>
</div></div>"""
    return dict(html=page("PB09", css, cover + form + elig), fields=f, pages=3,
                kind="aco_referral_tables_with_header_rows_original_medicare_mbi_primary_medigap_secondary_np_referrer_plus_cover_and_eligibility_to_ophthalmology",
                mode="fine", dropouts={3: 2},
                fax=dict(when="03/12/2026 09:15", name="INGERSOLL PARK HC", number=f["referring_fax"],
                         to="5152255520", fmt="c"))


# ====================================================================== PB10
def pb10():
    """HMO health-plan referral request (Portland PCP -> dermatology) in a 3-page packet: fax cover, the plan's
    form with Courier 'typed' entries (referral # vs auth # vs member ID with dependent suffix), visit note in
    condensed type."""
    f = {
        "patient_last_name": "Makoa",
        "patient_first_name": "Kiana",
        "patient_dob": "1989-08-05",
        "patient_sex": "F",
        "patient_phone": "5035518820",
        "patient_mrn": "NPF-60371",
        "insurance_payer": "Willamette Valley Health Plan",
        "insurance_member_id": "WVH-4418027-03",
        "referring_provider": "Ingrid Solberg",
        "referring_npi": npi("131174869"),
        "referring_phone": "5032346100",
        "referring_fax": "5032346177",
        "referred_to_specialty": "dermatology",
        "referred_to_provider": "Amara Nwosu",
        "diagnosis_codes": ["D48.5", "Z80.8"],
        "reason": "Changing pigmented lesion on the left upper back, 9 mm with irregular border and color; father "
                  "had melanoma. Please evaluate and biopsy.",
        "urgency": "urgent",
        "referral_date": "2026-03-16",
    }
    spec_npi = npi("178840125")
    css = """
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 8.8pt; }
.ty { font-family: Courier, 'Nimbus Mono PS', monospace; font-size:10pt; }
.cov { font-family: Georgia, 'DejaVu Serif', serif; font-size:11pt; }
.cov .lh { font-size:17pt; font-weight:bold; }
.cov .lh2 { font-size:9pt; border-bottom:1px solid #000; padding-bottom:6px; }
.cov h1 { font-size:22pt; font-weight:normal; font-style:italic; margin:0.3in 0 0.15in 0; }
.cov .row { display:flex; border-bottom:1px solid #000; padding:6px 0; }
.cov .row b { width:1.1in; }
.cov .chk { margin:14px 0; display:flex; gap:18px; font-size:10.5pt; }
.cov .note { margin-top:10px; line-height:1.5; }
.cov .conf { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; font-style:italic; }
.fm .hd { display:flex; justify-content:space-between; align-items:center; border:2px solid #000; padding:4px 6px; }
.fm .hd .n { font-size:13pt; font-weight:bold; }
.fm .hd .r { text-align:right; font-size:7.3pt; line-height:1.35; }
.fm h1 { font-size:11.5pt; text-align:center; margin:5px 0; }
.fm table.f { width:100%; table-layout:fixed; border:1.5px solid #000; }
.fm table.f td { border:1px solid #000; padding:1px 4px 2px 4px; vertical-align:top; height:0.33in; }
.fm table.f td small { display:block; font-size:6.8pt; }
.fm table.f tr.s td { height:auto; background:#cfcfcf; font-weight:bold; font-size:8pt; }
.fm .use { border:1px dashed #000; padding:4px 6px; margin-top:6px; font-size:8pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:6.8pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
.vn { font-family: 'Arial Narrow', 'Liberation Sans Narrow', sans-serif; font-size:10pt; line-height:1.35; }
.vn .bn { display:flex; justify-content:space-between; border-bottom:2px solid #000; padding-bottom:3px; font-weight:bold; }
.vn h3 { font-size:10pt; margin:8px 0 2px 0; text-decoration:underline; }
.vn p { margin:0 0 4px 0; }
"""

    def c(cap, val, span=1):
        return f'<td colspan="{span}"><small>{cap}</small><span class="ty">{val}</span></td>'

    def s(t):
        return f'<tr class="s"><td colspan="6">{t}</td></tr>'

    cover = f"""
<div class="sheet"><div class="inner cov">
<div class="lh">Northeast Portland Family Medicine</div>
<div class="lh2">5329 NE Sandy Blvd &middot; Portland, OR 97213 &middot; Tel {P(f['referring_phone'], 'dot')} &middot; Fax {P(f['referring_fax'], 'dot')}</div>
<h1>Fax transmittal</h1>
<div class="row"><b>To</b><span>Rose City Dermatology &ndash; Referrals</span></div>
<div class="row"><b>Fax</b><span>{P('5032819044', 'dot')}</span></div>
<div class="row"><b>From</b><span>Ingrid Solberg, MD (sent by Tomas Reyes, MA)</span></div>
<div class="row"><b>Date</b><span>{D(f['referral_date'], 'abbr_dot')}</span></div>
<div class="row"><b>Pages</b><span>3, including this page</span></div>
<div class="chk"><span>{box(True)}Urgent</span><span>{box(False)}Please comment</span><span>{box(True)}Please reply</span></div>
<div class="note">Referral for a changing mole. Dr. Solberg asks that Ms. Makoa be seen within one week; the plan's
referral and authorization numbers are on page 2. Please fax the appointment date and the pathology result to
{P(f['referring_fax'], 'dot')}.</div>
<div class="conf">Confidential: this transmission contains health information protected by federal and state law.
If you are not the intended recipient, any review or distribution is prohibited; please notify us by phone.</div>
</div></div>"""
    form = f"""
<div class="sheet"><div class="inner fm">
<div class="hd"><div><div class="n">WILLAMETTE VALLEY HEALTH PLAN</div><div style="font-size:7.5pt">HMO &middot; Referral Request &ndash; Specialist Services</div></div>
<div class="r">Submit by fax {P('5034962230', 'dash')}<br>Questions {P('5034962200', 'dash')}<br>Form WV-RR-11</div></div>
<h1>REFERRAL REQUEST</h1>
<table class="f">
{s('A. MEMBER')}
<tr>{c('Member last name', 'MAKOA', 2)}{c('First name', 'KIANA', 2)}{c('Birth date', D(f['patient_dob'], 'us'))}{c('Sex', 'F')}</tr>
<tr>{c('Member ID (with suffix)', f['insurance_member_id'], 2)}{c('Subscriber ID', 'WVH-4418027', 2)}{c('Group #', '00887-OR')}{c('Relation', '03 Dep')}</tr>
<tr>{c('Subscriber name', 'Keoni Makoa', 2)}{c('Member phone', P(f['patient_phone'], 'dash'), 2)}{c('PCP chart #', f['patient_mrn'], 2)}</tr>
<tr>{c('Health plan', f['insurance_payer'], 3)}{c('Other coverage?', box(False) + 'Yes ' + box(True) + 'No', 3)}</tr>
{s('B. ASSIGNED PCP (REQUESTING)')}
<tr>{c('PCP name', 'Ingrid Solberg, MD', 2)}{c('PCP NPI', f['referring_npi'], 2)}{c('Clinic TIN', '93-1187306', 2)}</tr>
<tr>{c('Clinic', 'Northeast Portland Family Medicine', 2)}{c('Phone', P(f['referring_phone'], 'dash'), 2)}{c('Fax', P(f['referring_fax'], 'dash'), 2)}</tr>
{s('C. REFER TO (IN-NETWORK SPECIALIST)')}
<tr>{c('Specialty', 'Dermatology', 2)}{c('Specialist', 'Amara Nwosu, MD', 2)}{c('Specialist NPI', spec_npi, 2)}</tr>
<tr>{c('Practice', 'Rose City Dermatology', 2)}{c('Specialist TIN', '93-2045718', 2)}{c('Phone / fax', P('5032819000', 'dash') + '<br>' + P('5032819044', 'dash'), 2)}</tr>
{s('D. SERVICES')}
<tr>{c('Date of request', D(f['referral_date'], 'us'), 2)}{c('Urgency', box(False) + 'Routine ' + box(True) + 'Urgent ' + box(False) + 'Emergent', 2)}{c('Visits requested', '2', 2)}</tr>
<tr>{c('ICD-10 (primary)', 'D48.5', 1)}{c('Description', 'Neoplasm of uncertain behavior of skin', 2)}{c('CPT', '99203', 1)}{c('Service', 'New patient visit', 2)}</tr>
<tr>{c('ICD-10 (2)', 'Z80.8', 1)}{c('Description', 'Family history of malignant neoplasm, other (melanoma)', 2)}{c('CPT', '11102', 1)}{c('Service', 'Tangential biopsy of skin, single lesion', 2)}</tr>
<tr>{c('Reason for referral', esc(f['reason']), 6)}</tr>
</table>
<div class="use"><b>PLAN USE ONLY</b> &nbsp; Referral # <span class="ty">WVR-0316-2291</span> &nbsp; Auth # <span class="ty">WV-A-26-77120</span> &nbsp;
Approved visits <span class="ty">2</span> &nbsp; Valid <span class="ty">{D('2026-03-16', 'us')} - {D('2026-06-14', 'us')}</span></div>
{sigline('PCP signature <span style="font-family:Z003,cursive;font-size:13pt">&nbsp;Ingrid Solberg</span>', 'Date ' + D(f['referral_date'], 'us'))}
<div class="ft"><span>WVHP HMO members must have an approved referral before specialist visits except emergencies.</span><span>Page 2 of 3</span></div>
</div></div>"""
    note = f"""
<div class="sheet"><div class="inner vn">
<div class="bn"><span>MAKOA, KIANA &nbsp; F &nbsp; DOB {D(f['patient_dob'], 'us')}</span><span>MRN {f['patient_mrn']}</span><span>Visit {D('2026-03-13', 'us')}</span></div>
<p style="margin-top:4px">Northeast Portland Family Medicine &middot; Provider: Ingrid Solberg, MD &middot; Visit type: Problem-focused</p>
<h3>Chief complaint</h3><p>&quot;Mole on my back got bigger.&quot;</p>
<h3>HPI</h3>
<p>36-year-old woman whose partner noticed that a mole on her left upper back has grown and darkened over about four months.
Occasional itching, no bleeding. Fair skin, several blistering sunburns as a child in Hawaii, no tanning bed use.
Father was treated for melanoma at age 58. No personal history of skin cancer.</p>
<h3>Exam</h3>
<p>Left upper back, 4 cm below the scapular spine: 9 x 7 mm macule with irregular notched border, two shades of brown
and a dark-gray area at the lower edge. No satellite lesions. No axillary or cervical lymphadenopathy. About 40 other
nevi, all under 5 mm and uniform. Photo taken with ruler and placed in chart.</p>
<h3>Assessment</h3>
<p>1. Atypical pigmented lesion, left upper back; ABCDE positive (asymmetry, border, color, diameter, evolving) &mdash; D48.5.<br>
2. Family history of melanoma (father) &mdash; Z80.8.</p>
<h3>Plan</h3>
<p>Urgent dermatology referral for evaluation and biopsy; HMO referral request faxed to the plan and to Rose City
Dermatology today. Discussed sun protection and monthly self-exam. Patient will call if the lesion bleeds. Follow up
after pathology.</p>
<p style="margin-top:10px">Signed: Ingrid Solberg, MD &middot; {D('2026-03-13', 'us')} 16:48</p>
<div class="ft"><span>Northeast Portland Family Medicine &middot; Confidential</span><span>Page 3 of 3</span></div>
</div></div>"""
    return dict(html=page("PB10", css, cover + form + note), fields=f, pages=3,
                kind="hmo_plan_referral_request_typed_courier_entries_dependent_member_suffix_referral_vs_auth_plus_cover_and_visit_note_to_dermatology",
                mode="standard", skew={3: -0.8}, dropouts={2: 3},
                fax=dict(when="03/16/2026 10:03", name="NE PORTLAND FAM MED", number=f["referring_fax"],
                         to="5032819044", fmt="g"))
