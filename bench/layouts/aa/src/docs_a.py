"""PB01-PB05 document builders. Each returns dict(html, fields, pages, kind, mode, fax[, skew, dropouts]).

Theme of set AA: managed-care referral paperwork where many numbers compete (referral #, authorization #,
group #, subscriber ID vs member ID vs Medicaid ID vs Medicare MBI, PCP and specialist NPIs and TINs,
CPT codes next to ICD-10 codes, effective dates and visit counts).
"""
from common import npi, P, D, box, page, esc


def cptrows(rows):
    return "".join(f"<tr><td>{c}</td><td>{d}</td><td>{u}</td></tr>" for c, d, u in rows)


# ====================================================================== PB01
def pb01():
    """IPA 'HMO Referral / Authorization Form' (Fresno PCP -> cardiology): boxed grid of captioned cells
    (caption small at top of each box), CPT table next to ICD table, IPA-use-only box with auth # and dates."""
    f = {
        "patient_last_name": "Sandhu",
        "patient_first_name": "Harjit",
        "patient_dob": "1961-05-19",
        "patient_sex": "M",
        "patient_phone": "5594382716",
        "patient_mrn": "TV-0088213",
        "insurance_payer": "Golden Poppy Health Plan",
        "insurance_member_id": "GPH6044177-01",
        "referring_provider": "Priya Raghunathan",
        "referring_npi": npi("158204473"),
        "referring_phone": "5594327700",
        "referring_fax": "5594327719",
        "referred_to_specialty": "cardiology",
        "referred_to_provider": "Emeka Okonkwo",
        "diagnosis_codes": ["R00.2", "I49.3"],
        "reason": "Palpitations with frequent PVCs on ECG and near-fainting while climbing stairs. Please evaluate "
                  "with echocardiogram and Holter monitor.",
        "urgency": "routine",
        "referral_date": "2026-02-26",
    }
    spec_npi = npi("136620958")
    css = """
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 9pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-start; }
.hd .n { font-size:14pt; font-weight:bold; }
.hd .s { font-size:8pt; line-height:1.35; }
.ttl { text-align:center; font-size:13pt; font-weight:bold; letter-spacing:1px; border:2px solid #000;
       padding:3px; margin:6px 0 5px 0; }
.g { display:grid; grid-template-columns:repeat(12, 1fr); border-left:1px solid #000; border-top:1px solid #000;
     margin-bottom:5px; }
.g > div { border-right:1px solid #000; border-bottom:1px solid #000; padding:1px 4px 3px 4px; min-height:0.36in; }
.g > div i { display:block; font-style:normal; font-size:6.8pt; text-transform:uppercase; letter-spacing:0.3px; }
.g > div span { font-size:9.5pt; }
.g > div.h { grid-column: span 12; background:#000; color:#fff; font-weight:bold; min-height:0; padding:1px 4px;
             font-size:8.5pt; letter-spacing:1px; }
table.t { width:100%; border:1px solid #000; margin-bottom:5px; }
table.t th { background:#d8d8d8; border:1px solid #000; font-size:8pt; text-align:left; padding:1px 4px; }
table.t td { border:1px solid #000; padding:2px 4px; font-size:9pt; }
.two { display:flex; gap:6px; }
.two > table { flex:1; }
.ipa { border:2px dashed #000; padding:4px 6px; margin-top:4px; }
.ipa b { font-size:8.5pt; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
"""

    def c(cap, val, span):
        return f'<div style="grid-column:span {span}"><i>{cap}</i><span>{val}</span></div>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">Tri-Valley Independent Physicians Association</div>
<div class="s">Utilization Management &bull; 7050 N Fresno St, Suite 300, Fresno, CA 93720<br>
UM Dept {P('5594471200', 'dash')} &bull; UM Fax {P('5594471288', 'dash')} &bull; IPA Tax ID 94-3318072</div></div>
<div class="s" style="text-align:right">Form TV-UM-01 (rev 11/2025)<br>Referral # <b>R26-0318842</b></div></div>
<div class="ttl">HMO REFERRAL / AUTHORIZATION REQUEST</div>
<div class="g">
<div class="h">1. MEMBER</div>
{c('Last name', 'SANDHU', 4)}{c('First name', 'HARJIT', 3)}{c('Date of birth', D(f['patient_dob'], 'us'), 3)}{c('Sex', 'M', 2)}
{c('Health plan', f['insurance_payer'], 4)}{c('Product', 'HMO Commercial', 2)}{c('Member ID', f['insurance_member_id'], 3)}{c('Group #', 'FR-20931', 3)}
{c('Subscriber name', 'Harjit Sandhu', 4)}{c('Subscriber ID', 'GPH6044177', 3)}{c('Home phone', P(f['patient_phone']), 3)}{c('PCP chart #', f['patient_mrn'], 2)}
<div class="h">2. PRIMARY CARE PHYSICIAN (REQUESTING)</div>
{c('PCP name', 'Priya Raghunathan, MD', 4)}{c('PCP NPI', f['referring_npi'], 3)}{c('PCP phone', P(f['referring_phone']), 3)}{c('PCP fax', P(f['referring_fax']), 2)}
{c('Practice', 'Shaw Avenue Family Medicine, 2491 W Shaw Ave, Fresno CA 93711', 7)}{c('Group TIN', '77-0219645', 3)}{c('IPA provider #', 'TV-P0417', 2)}
<div class="h">3. REFER TO (IN-NETWORK SPECIALIST)</div>
{c('Specialty', 'Cardiology', 3)}{c('Specialist', 'Emeka Okonkwo, MD', 3)}{c('Specialist NPI', spec_npi, 3)}{c('Specialist TIN', '77-0493318', 3)}
{c('Facility / address', 'Central Valley Heart Institute, 1370 E Herndon Ave, Fresno CA 93720', 6)}{c('Phone', P('5594313900'), 3)}{c('Fax', P('5594313911'), 3)}
<div class="h">4. SERVICE REQUESTED</div>
{c('Date of request', D(f['referral_date'], 'us'), 3)}{c('Priority', box(True) + 'Routine &nbsp;' + box(False) + 'Urgent (72 h) &nbsp;' + box(False) + 'Retro', 5)}{c('Place of service', '11 - Office', 2)}{c('Visits requested', '3', 2)}
</div>
<div class="two">
<table class="t"><tr><th style="width:0.75in">ICD-10-CM</th><th>Diagnosis</th></tr>
<tr><td>R00.2</td><td>Palpitations</td></tr>
<tr><td>I49.3</td><td>Ventricular premature depolarization</td></tr></table>
<table class="t"><tr><th style="width:0.6in">CPT</th><th>Description</th><th style="width:0.4in">Units</th></tr>
{cptrows([('99204', 'New patient office visit, level 4', '1'), ('93306', 'Echocardiogram, TTE complete', '1'),
          ('93224', 'External ECG (Holter) up to 48 h', '1')])}</table>
</div>
<table class="t"><tr><th>Reason for referral / clinical summary</th></tr>
<tr><td>{esc(f['reason'])}<br>ECG {D('2026-02-20', 'mdyy')}: sinus rhythm 78, frequent unifocal PVCs, no ST change. TSH 1.9, K 4.2, Mg 2.0.
Meds: lisinopril 10 mg daily, atorvastatin 40 mg. Former smoker.</td></tr></table>
<div class="ipa"><b>FOR IPA USE ONLY</b> &nbsp; Authorization # <b>A-7730142</b> &nbsp;&nbsp; Status: {box(True)}Approved {box(False)}Modified {box(False)}Denied<br>
Visits authorized: <b>3</b> &nbsp;&nbsp; Effective {D('2026-03-02', 'us')} &nbsp; through {D('2026-05-31', 'us')} &nbsp;&nbsp;
Reviewer: L. Moua, RN &nbsp;&nbsp; Date {D('2026-02-27', 'us')}</div>
<div style="margin-top:8px; display:flex; gap:0.4in; font-size:8pt">
<div style="flex:2; border-top:1px solid #000">PCP signature <span style="font-family:Z003,cursive;font-size:14pt">&nbsp; P. Raghunathan</span></div>
<div style="flex:1; border-top:1px solid #000">Date {D(f['referral_date'], 'mmddyy')}</div></div>
<div class="ft"><span>Authorization is not a guarantee of payment; eligibility is verified on the date of service.</span><span>White: IPA &middot; Yellow: Specialist &middot; Pink: PCP</span></div>
</div></div>"""
    return dict(html=page("PB01", css, body), fields=f, pages=1,
                kind="ipa_hmo_referral_authorization_boxed_captioned_grid_member_vs_subscriber_id_cpt_table_to_cardiology",
                mode="fine",
                fax=dict(when="02/26/2026 15:47", name="SHAW AVE FAMILY MED", number=f["referring_fax"],
                         to="5594471288", fmt="c"))


# ====================================================================== PB02
def pb02():
    """Medicare Advantage plan referral form (Milwaukee PCP -> urology): page 1 the office's fax cover sheet,
    page 2 the plan's two-column key/value form with plan member ID and Medicare MBI, CPT list; Verdana."""
    f = {
        "patient_last_name": "Kowalczyk",
        "patient_first_name": "Gerald",
        "patient_dob": "1948-09-03",
        "patient_sex": "M",
        "patient_phone": "4143827751",
        "patient_mrn": "0041877",
        "insurance_payer": "Lakeshore Senior Advantage HMO",
        "insurance_member_id": "LSA88310427",
        "referring_provider": "Rosalind Ebner",
        "referring_npi": npi("170356612"),
        "referring_phone": "4142816020",
        "referring_fax": "4142816029",
        "referred_to_specialty": "urology",
        "referred_to_provider": "Tomasz Wieczorek",
        "diagnosis_codes": ["R31.0", "Z87.891"],
        "reason": "Two episodes of painless gross hematuria in a former smoker; urine culture negative. Please "
                  "evaluate with cystoscopy and CT urogram.",
        "urgency": "urgent",
        "referral_date": "2026-03-05",
    }
    spec_npi = npi("182291047")
    css = """
body { font-family: Verdana, 'DejaVu Sans', sans-serif; font-size: 8.5pt; }
.cov h1 { font-size:30pt; margin:0.2in 0 0.1in 0; font-weight:bold; }
.cov .org { font-size:10pt; line-height:1.4; border-bottom:3px solid #000; padding-bottom:6px; }
.cov table { width:100%; margin-top:14px; font-size:10pt; }
.cov td { padding:7px 4px; border-bottom:1px dotted #000; }
.cov td.l { width:1.2in; font-weight:bold; }
.cov .chk { margin:16px 0; font-size:10pt; display:flex; gap:20px; }
.cov .msg { border:1px solid #000; padding:8px; font-size:9.5pt; line-height:1.5; min-height:1.6in; }
.cov .conf { position:absolute; bottom:0; left:0; right:0; font-size:7.5pt; border-top:1px solid #000; padding-top:4px; }
.ph { display:flex; justify-content:space-between; align-items:center; border-bottom:2px solid #000; padding-bottom:4px; }
.ph .n { font-size:13pt; font-weight:bold; }
.ph .n small { display:block; font-size:8pt; font-weight:normal; }
.ph .r { text-align:right; font-size:7.5pt; line-height:1.4; }
h1.t { font-size:11.5pt; margin:6px 0 2px 0; text-align:center; }
.sub { text-align:center; font-size:7.5pt; margin-bottom:5px; }
h2 { font-size:8.5pt; margin:7px 0 2px 0; border-bottom:1px solid #000; text-transform:uppercase; letter-spacing:0.5px; }
.kv2 { display:grid; grid-template-columns: 1.35in 1fr 1.35in 1fr; row-gap:2px; column-gap:6px; }
.kv2 b { font-weight:normal; color:#000; font-size:7.8pt; }
.kv2 span { font-weight:bold; }
table.c { width:100%; margin-top:2px; }
table.c th { text-align:left; border-bottom:1px solid #000; font-size:7.8pt; padding:1px 3px; }
table.c td { padding:1px 3px; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:6.8pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
"""

    def kv(*pairs):
        return "".join(f"<b>{l}</b><span>{v}</span>" for l, v in pairs)

    cover = f"""
<div class="sheet"><div class="inner cov">
<div class="org"><b style="font-size:14pt">Bay View Primary Care</b><br>2600 S Kinnickinnic Ave &middot; Milwaukee, WI 53207<br>
Phone {P(f['referring_phone'], 'dot')} &nbsp;&middot;&nbsp; Fax {P(f['referring_fax'], 'dot')}</div>
<h1>FAX</h1>
<table>
<tr><td class="l">To:</td><td>Referral Intake &mdash; Lakeshore Urology Specialists</td></tr>
<tr><td class="l">Fax:</td><td>{P('4146459031', 'dot')}</td></tr>
<tr><td class="l">From:</td><td>Kayla Brandt, referral coordinator, for Dr. Rosalind Ebner</td></tr>
<tr><td class="l">Date:</td><td>{D(f['referral_date'], 'long')}</td></tr>
<tr><td class="l">Pages:</td><td>2 (including cover)</td></tr>
<tr><td class="l">Re:</td><td>Referral &mdash; Kowalczyk, Gerald</td></tr>
</table>
<div class="chk"><span>{box(True)}Urgent</span><span>{box(False)}For review</span><span>{box(False)}Please reply</span><span>{box(False)}Please recycle</span></div>
<div class="msg">Please schedule the attached Lakeshore Senior Advantage referral within 7 days if possible.
The plan authorization number will follow once issued; the plan's referral number is on the form. Call Kayla at
{P(f['referring_phone'], 'dot')} ext. 31 with the appointment date.</div>
<div class="conf">CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain protected health
information that is legally privileged. If you are not the intended recipient, notify the sender and destroy the
documents. Re-disclosure without consent is prohibited.</div>
</div></div>"""
    form = f"""
<div class="sheet"><div class="inner">
<div class="ph"><div class="n">Lakeshore Senior Advantage<small>Medicare Advantage HMO &middot; H5527-004</small></div>
<div class="r">Provider Services {P('8003316200', 'one')}<br>Referrals fax {P('8663317740', 'one')}<br>lakeshoreadvantage.example/providers</div></div>
<h1 class="t">SPECIALIST REFERRAL REQUEST</h1>
<div class="sub">PCP referral required for specialist office visits. Plan referral # <b>LSA-R-2603-55190</b> &nbsp;&middot;&nbsp; Authorization # (if required): pending</div>
<h2>Member</h2>
<div class="kv2">
{kv(('Member name', 'KOWALCZYK, GERALD A'), ('Date of birth', D(f['patient_dob'], 'us')),
    ('Plan member ID', f['insurance_member_id']), ('Medicare MBI', '7KQ3HX8WN24'),
    ('Health plan', f['insurance_payer']), ('Plan effective', D('2024-01-01', 'us')),
    ('Gender', 'Male'), ('Phone', P(f['patient_phone'], 'dash')),
    ('PCP chart #', f['patient_mrn']), ('Secondary coverage', 'None'))}
</div>
<h2>Primary care provider (requesting)</h2>
<div class="kv2">
{kv(('PCP name', 'Rosalind Ebner, DO'), ('PCP NPI', f['referring_npi']),
    ('Practice', 'Bay View Primary Care'), ('Practice TIN', '39-1847210'),
    ('Phone', P(f['referring_phone'], 'dash')), ('Fax', P(f['referring_fax'], 'dash')))}
</div>
<h2>Referred to (must be a plan network provider)</h2>
<div class="kv2">
{kv(('Specialist', 'Tomasz Wieczorek, MD'), ('Specialty', 'Urology'),
    ('Specialist NPI', spec_npi), ('Specialist TIN', '39-2206184'),
    ('Group / site', 'Lakeshore Urology Specialists'), ('Address', '3237 S 16th St, Milwaukee WI 53215'),
    ('Phone', P('4146459000', 'dash')), ('Fax', P('4146459031', 'dash')))}
</div>
<h2>Request</h2>
<div class="kv2">
{kv(('Request date', D(f['referral_date'], 'us')), ('Urgency', box(False) + 'Routine ' + box(True) + 'Urgent'),
    ('Visits requested', '2'), ('Valid', '90 days from issue'))}
</div>
<table class="c"><tr><th style="width:0.8in">ICD-10</th><th>Diagnosis description</th><th style="width:0.7in">CPT</th><th>Service</th></tr>
<tr><td>R31.0</td><td>Gross hematuria</td><td>99204</td><td>New patient visit</td></tr>
<tr><td>Z87.891</td><td>Personal history of nicotine dependence</td><td>52000</td><td>Cystourethroscopy</td></tr>
<tr><td></td><td></td><td>74178</td><td>CT abdomen/pelvis without and with contrast</td></tr>
</table>
<h2>Reason for referral</h2>
<div style="padding:2px 0">{esc(f['reason'])}</div>
<h2>Pertinent history</h2>
<div style="padding:2px 0">Hematuria {D('2026-02-18', 'mdyy')} and {D('2026-03-01', 'mdyy')}. UA {D('2026-03-02', 'mdyy')}: &gt;50 RBC/hpf.
Creatinine 1.1. 40 pack-years, quit 2011. On apixaban for atrial fibrillation, continued per cardiology.</div>
<div style="margin-top:10px; display:flex; gap:0.3in; font-size:7.5pt">
<div style="flex:2; border-top:1px solid #000">Requesting provider signature <span style="font-family:Z003,cursive;font-size:13pt">&nbsp;Rosalind Ebner DO</span></div>
<div style="flex:1; border-top:1px solid #000">Date {D(f['referral_date'], 'us')}</div></div>
<div class="ft"><span>LSA-FRM-REF-07 (2025) &middot; Y0148_REF07_C</span><span>Specialist: bill with referral # on claim</span></div>
</div></div>"""
    return dict(html=page("PB02", css, cover + form), fields=f, pages=2,
                kind="medicare_advantage_referral_two_column_kv_plan_member_id_vs_mbi_plus_fax_cover_to_urology",
                mode="standard", skew={2: 1.1},
                fax=dict(when="03/05/2026 10:12", name="BAY VIEW PRIMARY CARE", number=f["referring_fax"],
                         to="4146459031", fmt="g"))


# ====================================================================== PB03
def pb03():
    """Medicaid managed-care plan referral form in English and Spanish (El Paso pediatrics -> allergy): every
    label bilingual, plan member ID next to the state Medicaid ID, parent as guardian; Georgia-style serif."""
    f = {
        "patient_last_name": "Aguilar-Reyes",
        "patient_first_name": "Sofía",
        "patient_dob": "2016-07-11",
        "patient_sex": "F",
        "patient_phone": "9155402188",
        "insurance_payer": "Paso del Norte Family Health Plan",
        "insurance_member_id": "PDN0071842265",
        "referring_provider": "Daniel Ochoa",
        "referring_npi": npi("129877350"),
        "referring_phone": "9155934400",
        "referring_fax": "9155934412",
        "referred_to_specialty": "allergy",
        "referred_to_provider": "Farah Siddiqui",
        "diagnosis_codes": ["J45.40", "J30.2"],
        "reason": "Moderate persistent asthma with spring flares and seasonal allergic rhinitis despite daily "
                  "inhaled steroid. Please perform allergy skin testing and spirometry.",
        "urgency": "routine",
        "referral_date": "2026-03-11",
    }
    spec_npi = npi("160418239")
    css = """
body { font-family: Georgia, 'DejaVu Serif', serif; font-size: 8.6pt; }
.hd { text-align:center; border-bottom:2px solid #000; padding-bottom:3px; }
.hd .n { font-size:14pt; font-weight:bold; }
.hd .s { font-size:7.8pt; }
h1 { text-align:center; font-size:11pt; margin:5px 0 1px 0; }
h1 + div { text-align:center; font-style:italic; font-size:9pt; margin-bottom:5px; }
table.f { width:100%; table-layout:fixed; margin-bottom:5px; }
table.f td { border:1px solid #000; padding:2px 4px; vertical-align:top; }
table.f td em { display:block; font-size:6.9pt; font-style:normal; line-height:1.15; }
table.f td em i { font-style:italic; }
table.f td b { font-size:9pt; }
table.f tr.s td { background:#e6e6e6; font-weight:bold; font-size:8.2pt; padding:1px 4px; }
.note { border:1px solid #000; padding:4px 6px; font-size:7.8pt; line-height:1.35; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:7pt; text-align:center; border-top:1px solid #000; padding-top:2px; }
"""

    def L(en, es):
        return f"<em>{en} / <i>{es}</i></em>"

    def td(en, es, val, span=1):
        return f'<td colspan="{span}">{L(en, es)}<b>{val}</b></td>'

    def sec(en, es):
        return f'<tr class="s"><td colspan="6">{en} / <i>{es}</i></td></tr>'

    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div class="n">Paso del Norte Family Health Plan</div>
<div class="s">Texas Medicaid STAR &amp; CHIP &middot; 1145 Westmoreland Dr, El Paso, TX 79925 &middot; Provider line {P('9155326000', 'dash')} &middot; Referral fax {P('9155326090', 'dash')}</div></div>
<h1>SPECIALTY CARE REFERRAL FORM</h1>
<div>Formulario de referido a atenci&oacute;n especializada</div>
<table class="f">
{sec('Member information', 'Informaci&oacute;n del miembro')}
<tr>{td('Last name', 'Apellido', 'AGUILAR-REYES', 2)}{td('First name', 'Nombre', 'SOF&Iacute;A', 2)}{td('Date of birth', 'Fecha de nacimiento', D(f['patient_dob'], 'us'))}{td('Sex', 'Sexo', 'F')}</tr>
<tr>{td('Plan member ID', 'N&uacute;m. de miembro del plan', f['insurance_member_id'], 2)}{td('Medicaid ID', 'N&uacute;m. de Medicaid', '523847190', 2)}{td('Program', 'Programa', 'STAR', 1)}{td('Language', 'Idioma', 'Espa&ntilde;ol')}</tr>
<tr>{td('Parent / guardian', 'Padre / tutor', 'Marisol Reyes (mother / madre)', 3)}{td('Phone', 'Tel&eacute;fono', P(f['patient_phone']), 2)}{td('Plan', 'Plan', 'Paso del Norte Family Health Plan')}</tr>
{sec('Primary care provider (PCP)', 'Proveedor de cuidado primario')}
<tr>{td('PCP name', 'Nombre del PCP', 'Daniel Ochoa, MD (Pediatrics)', 3)}{td('PCP NPI', 'NPI del PCP', f['referring_npi'], 2)}{td('TPI', 'TPI', '1148602-03')}</tr>
<tr>{td('Clinic', 'Cl&iacute;nica', 'Mission Valley Pediatrics, 7933 N Loop Dr, El Paso TX 79915', 3)}{td('Phone', 'Tel&eacute;fono', P(f['referring_phone']), 2)}{td('Fax', 'Fax', P(f['referring_fax']))}</tr>
{sec('Referred to', 'Referido a')}
<tr>{td('Specialty', 'Especialidad', 'Allergy &amp; Immunology', 2)}{td('Specialist', 'Especialista', 'Farah Siddiqui, MD', 2)}{td('Specialist NPI', 'NPI', spec_npi, 2)}</tr>
<tr>{td('Practice', 'Consultorio', 'Allergy &amp; Asthma Center of El Paso', 2)}{td('Tax ID', 'Id. fiscal', '74-2810553', 1)}{td('Phone', 'Tel&eacute;fono', P('9155447300'), 1)}{td('Fax', 'Fax', P('9155447310'), 2)}</tr>
{sec('Services requested', 'Servicios solicitados')}
<tr>{td('Date of referral', 'Fecha del referido', D(f['referral_date'], 'us'), 2)}{td('Priority', 'Prioridad', box(True) + 'Routine / Rutina &nbsp;' + box(False) + 'Urgent / Urgente', 2)}{td('Visits', 'Visitas', '2', 1)}{td('Valid until', 'V&aacute;lido hasta', D('2026-06-09', 'us'))}</tr>
<tr>{td('ICD-10 codes', 'C&oacute;digos ICD-10', 'J45.40 Moderate persistent asthma, uncomplicated<br>J30.2 Other seasonal allergic rhinitis', 3)}{td('CPT codes', 'C&oacute;digos CPT', '99244 Consult &middot; 95004 x40 Percutaneous skin tests &middot; 94060 Spirometry pre/post', 3)}</tr>
<tr>{td('Reason for referral', 'Motivo del referido', esc(f['reason']), 6)}</tr>
<tr><td colspan="6"><em>Motivo (para la familia)</em>Asma persistente moderada con crisis en primavera y rinitis al&eacute;rgica estacional a pesar del esteroide inhalado diario. Se solicitan pruebas de alergia en la piel y espirometr&iacute;a.</td></tr>
<tr>{td('Current medications', 'Medicamentos actuales', 'Fluticasone HFA 110 mcg 2 puffs BID; albuterol HFA PRN; cetirizine 10 mg daily; fluticasone nasal', 6)}</tr>
</table>
<div class="note"><b>Member rights / Derechos del miembro:</b> STAR members do not need a referral for OB/GYN, behavioral health or
vision; a referral is required for all other in-network specialists. The specialist must confirm eligibility on the date of service.
<i>Los miembros de STAR no necesitan referido para OB/GYN, salud mental ni visi&oacute;n. Llame a Servicios al Miembro al
{P('8775326100', 'one')} (TTY 711).</i></div>
<div style="margin-top:10px; display:flex; gap:0.3in; font-size:7.5pt">
<div style="flex:2; border-top:1px solid #000">PCP signature / Firma del PCP <span style="font-family:Z003,cursive;font-size:13pt">&nbsp;D. Ochoa MD</span></div>
<div style="flex:1; border-top:1px solid #000">Date / Fecha {D(f['referral_date'], 'us')}</div></div>
<div class="ft">PDN-REF-ES-2025 &middot; Plan use: referral logged # PDN-26-118407 &middot; Copy to member / Copia para el miembro</div>
</div></div>"""
    return dict(html=page("PB03", css, body), fields=f, pages=1,
                kind="medicaid_managed_care_bilingual_english_spanish_form_plan_member_id_vs_medicaid_id_to_allergy",
                mode="fine",
                fax=dict(when="03/11/2026 09:18", name="MISSION VALLEY PEDS", number=f["referring_fax"],
                         to="9155447310", fmt="f"))


# ====================================================================== PB04
def pb04():
    """Commercial plan provider-portal printout (Denver PCP -> gastroenterology): browser print header/footer,
    monospace 'Referral Submission Confirmation' with tracking # vs referral #, patient is a dependent
    (subscriber ID vs member ID with suffix); page 2 the eligibility printout with primary and secondary coverage."""
    f = {
        "patient_last_name": "Halvorsen",
        "patient_first_name": "Nadia",
        "patient_dob": "1983-12-29",
        "patient_sex": "F",
        "patient_phone": "7203918844",
        "insurance_payer": "Aspen Peak Health",
        "insurance_member_id": "APH331862002",
        "referring_provider": "Sunita Kapoor",
        "referring_npi": npi("141907733"),
        "referring_phone": "3036910500",
        "referring_fax": "3036910544",
        "referred_to_specialty": "gastroenterology",
        "referred_to_provider": "Lucas Brennan",
        "diagnosis_codes": ["K21.9", "R13.10", "D50.9"],
        "reason": "Reflux symptoms for a year with new trouble swallowing solids and iron deficiency anemia. "
                  "Please evaluate for upper endoscopy.",
        "urgency": "routine",
        "referral_date": "2026-03-06",
    }
    spec_npi = npi("157732096")
    css = """
body { font-family: Courier, 'Nimbus Mono PS', 'Courier New', monospace; font-size: 8.8pt; line-height:1.3; }
.bh { display:flex; justify-content:space-between; font-family: Arial, 'Liberation Sans', sans-serif; font-size:7pt; margin-bottom:6px; }
.bf { position:absolute; bottom:0; left:0; right:0; display:flex; justify-content:space-between;
      font-family: Arial, 'Liberation Sans', sans-serif; font-size:7pt; }
.nav { border:1.5px solid #000; padding:3px 6px; display:flex; justify-content:space-between; font-weight:bold; }
.nav span.l { font-size:11pt; }
.crumb { font-size:7.5pt; margin:3px 0 6px 0; }
h1 { font-size:11pt; margin:4px 0; }
.ok { border:1px solid #000; padding:4px 6px; margin-bottom:6px; }
h2 { font-size:9pt; margin:8px 0 2px 0; background:#000; color:#fff; padding:1px 4px; }
table.t { width:100%; }
table.t td { padding:1px 4px; vertical-align:top; }
table.t td.l { width:1.9in; }
table.h { width:100%; border:1px solid #000; }
table.h th { text-align:left; border-bottom:1px solid #000; background:#ddd; padding:1px 4px; font-size:8pt; }
table.h td { padding:1px 4px; border-bottom:1px dotted #000; }
"""
    url = "https://providers.aspenpeakhealth.example/referrals/submit/confirm?trk=WEB26065-88213"

    def bh(title):
        return f'<div class="bh"><span>{D("2026-03-06", "mdyy")}, 11:42 AM</span><span>{title}</span></div>'

    def bf(pg, url_):
        return f'<div class="bf"><span>{url_}</span><span>{pg}/2</span></div>'

    nav = """<div class="nav"><span class="l">ASPEN PEAK HEALTH | Provider Connect</span><span>Logged in: mtorres@cherrycreekim</span></div>"""
    p1 = f"""
<div class="sheet"><div class="inner">
{bh('Provider Connect - Referral Confirmation')}
{nav}
<div class="crumb">Home &gt; Referrals &amp; Authorizations &gt; Submit Referral &gt; <b>Confirmation</b></div>
<h1>REFERRAL SUBMISSION CONFIRMATION</h1>
<div class="ok">Status: APPROVED (auto-adjudicated)<br>
Web tracking #: WEB26065-88213 &nbsp;&nbsp; Referral #: 2026-RF-0470152<br>
Submitted: {D(f['referral_date'], 'us')} 11:39 AM MST &nbsp; Valid: {D('2026-03-06', 'us')} - {D('2026-09-05', 'us')} &nbsp; Visits: 3</div>
<h2>MEMBER</h2>
<table class="t">
<tr><td class="l">Member name:</td><td>HALVORSEN, NADIA E</td><td class="l">Relationship:</td><td>Spouse (02)</td></tr>
<tr><td class="l">Member ID:</td><td>{f['insurance_member_id']}</td><td class="l">Subscriber ID:</td><td>APH3318620</td></tr>
<tr><td class="l">Subscriber:</td><td>HALVORSEN, ERIK J</td><td class="l">Group #:</td><td>0082214-CO</td></tr>
<tr><td class="l">Date of birth:</td><td>{D(f['patient_dob'], 'us')}</td><td class="l">Gender:</td><td>Female</td></tr>
<tr><td class="l">Member phone:</td><td>{P(f['patient_phone'], 'paren_nosp')}</td><td class="l">Plan:</td><td>{f['insurance_payer']} Choice POS</td></tr>
</table>
<h2>REQUESTING PROVIDER</h2>
<table class="t">
<tr><td class="l">Name:</td><td>KAPOOR, SUNITA MD</td><td class="l">NPI:</td><td>{f['referring_npi']}</td></tr>
<tr><td class="l">Group:</td><td>Cherry Creek Internal Medicine</td><td class="l">TIN:</td><td>84-1520937</td></tr>
<tr><td class="l">Phone:</td><td>{P(f['referring_phone'], 'paren_nosp')}</td><td class="l">Fax:</td><td>{P(f['referring_fax'], 'paren_nosp')}</td></tr>
<tr><td class="l">Contact:</td><td colspan="3">Maria Torres, referral coordinator</td></tr>
</table>
<h2>SERVICING PROVIDER</h2>
<table class="t">
<tr><td class="l">Name:</td><td>BRENNAN, LUCAS MD</td><td class="l">NPI:</td><td>{spec_npi}</td></tr>
<tr><td class="l">Specialty:</td><td>Gastroenterology</td><td class="l">TIN:</td><td>84-1739025</td></tr>
<tr><td class="l">Group:</td><td colspan="3">Front Range Digestive Health, 4500 E 9th Ave Ste 510, Denver CO 80220</td></tr>
<tr><td class="l">Phone / Fax:</td><td colspan="3">{P('3033880700', 'paren_nosp')} / {P('3033880712', 'paren_nosp')} &nbsp; Network status: IN-NETWORK (Tier 1)</td></tr>
</table>
<h2>SERVICE DETAIL</h2>
<table class="t">
<tr><td class="l">Referral type:</td><td>Consult and treat</td><td class="l">Priority:</td><td>Routine</td></tr>
<tr><td class="l">Place of service:</td><td>11 Office / 22 Outpatient hospital</td><td class="l">Date of request:</td><td>{D(f['referral_date'], 'us')}</td></tr>
</table>
<table class="h" style="margin-top:4px">
<tr><th>SEQ</th><th>ICD-10</th><th>DESCRIPTION</th></tr>
<tr><td>1</td><td>K21.9</td><td>GASTRO-ESOPHAGEAL REFLUX DISEASE WITHOUT ESOPHAGITIS</td></tr>
<tr><td>2</td><td>R13.10</td><td>DYSPHAGIA, UNSPECIFIED</td></tr>
<tr><td>3</td><td>D50.9</td><td>IRON DEFICIENCY ANEMIA, UNSPECIFIED</td></tr>
</table>
<table class="h" style="margin-top:4px">
<tr><th>LINE</th><th>CPT/HCPCS</th><th>DESCRIPTION</th><th>UNITS</th></tr>
<tr><td>1</td><td>99204</td><td>OFFICE/OUTPATIENT NEW PATIENT VISIT</td><td>1</td></tr>
<tr><td>2</td><td>43239</td><td>EGD WITH BIOPSY, SINGLE OR MULTIPLE</td><td>1</td></tr>
</table>
<h2>CLINICAL NOTES (entered by submitter)</h2>
<div style="padding:2px 4px">{esc(f['reason'])} Hgb 10.2, ferritin 6 on {D('2026-02-24', 'us')}. Omeprazole 40 mg x 8 wks, partial relief.</div>
{bf(1, url)}
</div></div>"""
    p2 = f"""
<div class="sheet"><div class="inner">
{bh('Provider Connect - Eligibility &amp; Benefits')}
{nav}
<div class="crumb">Home &gt; Eligibility &amp; Benefits &gt; <b>Member Detail</b> &nbsp; (as of {D('2026-03-06', 'us')})</div>
<h1>ELIGIBILITY &amp; BENEFITS</h1>
<table class="t">
<tr><td class="l">Member:</td><td>HALVORSEN, NADIA E</td><td class="l">DOB:</td><td>{D(f['patient_dob'], 'us')}</td></tr>
<tr><td class="l">Member ID:</td><td>{f['insurance_member_id']}</td><td class="l">Status:</td><td>ACTIVE</td></tr>
</table>
<h2>COVERAGE</h2>
<table class="h">
<tr><th>ORDER</th><th>PAYER</th><th>PRODUCT</th><th>ID</th><th>EFFECTIVE</th><th>TERM</th></tr>
<tr><td>Primary</td><td>{f['insurance_payer']}</td><td>Choice POS</td><td>{f['insurance_member_id']}</td><td>{D('2025-01-01', 'us')}</td><td>{D('2026-12-31', 'us')}</td></tr>
<tr><td>Secondary</td><td>Centennial Benefit Trust</td><td>PPO</td><td>CBT-0093418-1</td><td>{D('2025-07-01', 'us')}</td><td>--</td></tr>
</table>
<h2>PRIMARY CARE</h2>
<table class="t">
<tr><td class="l">Assigned PCP:</td><td>KAPOOR, SUNITA MD</td><td class="l">PCP since:</td><td>{D('2025-01-01', 'us')}</td></tr>
<tr><td class="l">PCP location:</td><td colspan="3">Cherry Creek Internal Medicine, 191 Yampa St, Denver CO 80206</td></tr>
<tr><td class="l">Referral required:</td><td>YES - specialist office visits</td><td class="l">Medical group:</td><td>Denver Metro IPA</td></tr>
</table>
<h2>BENEFITS - SPECIALIST (IN-NETWORK)</h2>
<table class="h">
<tr><th>SERVICE</th><th>COPAY</th><th>COINSURANCE</th><th>DEDUCTIBLE APPLIES</th></tr>
<tr><td>Specialist office visit</td><td>$50</td><td>--</td><td>No</td></tr>
<tr><td>Outpatient endoscopy</td><td>--</td><td>20%</td><td>Yes</td></tr>
<tr><td>Lab (independent)</td><td>$0</td><td>--</td><td>No</td></tr>
</table>
<h2>ACCUMULATORS (PLAN YEAR 2026)</h2>
<table class="h">
<tr><th>ACCUMULATOR</th><th>MET</th><th>LIMIT</th><th>REMAINING</th></tr>
<tr><td>Individual deductible</td><td>$310.00</td><td>$1,500.00</td><td>$1,190.00</td></tr>
<tr><td>Family deductible</td><td>$845.00</td><td>$3,000.00</td><td>$2,155.00</td></tr>
<tr><td>Individual out-of-pocket</td><td>$410.00</td><td>$5,000.00</td><td>$4,590.00</td></tr>
</table>
<div style="margin-top:8px; font-size:7.8pt">Eligibility and benefit information is not a guarantee of payment. Coordination of benefits on file updated {D('2025-08-14', 'us')}.
Questions: Provider Services {P('8774410300', 'one')}.</div>
{bf(2, 'https://providers.aspenpeakhealth.example/eligibility/member?id=APH331862002')}
</div></div>"""
    return dict(html=page("PB04", css, p1 + p2), fields=f, pages=2,
                kind="commercial_plan_portal_printout_tracking_vs_referral_number_dependent_member_id_plus_eligibility_to_gi",
                mode="standard", dropouts={1: 2},
                fax=dict(when="03/06/2026 11:51", name="CHERRY CREEK IM", number=f["referring_fax"],
                         to="3033880712", fmt="e"))


# ====================================================================== PB05
def pb05():
    """IPA one-page dense grid in condensed 8 pt type (Long Beach PCP -> orthopedics): health-plan checkbox row
    (payer = the checked one), member # vs IPA member #, CPT/ICD grid, visits and effective dates. Page skewed."""
    f = {
        "patient_last_name": "Fifita",
        "patient_first_name": "Tevita",
        "patient_dob": "1974-02-17",
        "patient_sex": "M",
        "patient_phone": "5625904431",
        "patient_mrn": "HCF-207734",
        "insurance_payer": "Pacific Meridian Health Plan",
        "insurance_member_id": "PMH90215573",
        "referring_provider": "Kenji Watanabe",
        "referring_npi": npi("166305821"),
        "referring_phone": "5624367100",
        "referring_fax": "5624367188",
        "referred_to_specialty": "orthopedics",
        "referred_to_provider": "Olusegun Adebayo",
        "diagnosis_codes": ["M17.11", "M25.561"],
        "reason": "Right knee osteoarthritis with pain limiting work as a longshoreman after 3 months of NSAIDs and "
                  "home exercise. Evaluate for injection and surgical options.",
        "urgency": "routine",
        "referral_date": "2026-03-02",
    }
    spec_npi = npi("194420386")
    css = """
body { font-family: 'Arial Narrow', 'Liberation Sans Narrow', 'Nimbus Sans Narrow', sans-serif; font-size: 8pt; }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid #000; padding-bottom:2px; }
.hd .n { font-size:15pt; font-weight:bold; letter-spacing:0.5px; }
.hd .r { text-align:right; font-size:7.5pt; line-height:1.3; }
.tt { display:flex; justify-content:space-between; align-items:baseline; margin:3px 0; }
.tt b { font-size:12pt; }
table.g { width:100%; table-layout:fixed; border:1.5px solid #000; }
table.g td { border:1px solid #000; padding:1px 3px; height:0.3in; vertical-align:top; font-size:8.5pt; }
table.g td small { display:block; font-size:6.3pt; text-transform:uppercase; }
table.g td.x { background:#000; color:#fff; font-weight:bold; height:auto; font-size:7.5pt; letter-spacing:1px; }
table.g td.c { text-align:center; }
.cb { width:0.12in; height:0.12in; font-size:7.5pt; line-height:0.1in; }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:6.8pt; border-top:1px solid #000; padding-top:2px;
      display:flex; justify-content:space-between; }
"""

    def g(cap, val, span=1, cls=""):
        return f'<td colspan="{span}"{(" class=" + chr(34) + cls + chr(34)) if cls else ""}><small>{cap}</small>{val}</td>'

    def x(t):
        return f'<tr><td class="x" colspan="12">{t}</td></tr>'

    plans = [("Pacific Meridian Health Plan", True), ("Harborview Care HMO", False), ("SoCal Unity Medi-Cal", False),
             ("Sunwest Senior (MA)", False), ("Other", False)]
    planrow = " &nbsp; ".join(f"{box(c)}{n}" for n, c in plans)
    body = f"""
<div class="sheet"><div class="inner">
<div class="hd"><div><div class="n">HARBOR COAST IPA</div><div style="font-size:7.5pt">Medical Management &middot; 3840 Atlantic Ave, Long Beach CA 90807 &middot; IPA ID 0512</div></div>
<div class="r">Referrals: fax {P('5624911770', 'dash')} &middot; phone {P('5624911700', 'dash')}<br>Turnaround: routine 5 business days, urgent 72 h</div></div>
<div class="tt"><b>SPECIALTY REFERRAL &ndash; AUTHORIZATION GRID</b><span>IPA referral # <b>HC-26-030217</b> &nbsp; Auth # <b>HC-A-558904</b></span></div>
<table class="g">
<colgroup>{'<col>' * 12}</colgroup>
{x('HEALTH PLAN (check one)')}
<tr><td colspan="12" style="height:auto">{planrow}</td></tr>
{x('MEMBER')}
<tr>{g('Last name', 'FIFITA', 3)}{g('First', 'TEVITA', 2)}{g('MI', 'L', 1)}{g('DOB', D(f['patient_dob'], 'mmddyy'), 2)}{g('Sex', 'M', 1)}{g('Phone', P(f['patient_phone'], 'dash'), 3)}</tr>
<tr>{g('Health plan member #', f['insurance_member_id'], 3)}{g('IPA member #', 'HC-M-0339187', 2)}{g('Group #', 'ILWU-13', 2)}{g('Eff. date', D('2025-01-01', 'mmddyy'), 2)}{g('PCP chart #', f['patient_mrn'], 3)}</tr>
{x('PCP / REQUESTING')}
<tr>{g('PCP', 'Kenji Watanabe, MD', 3)}{g('NPI', f['referring_npi'], 2)}{g('TIN', '95-4410386', 2)}{g('Phone', P(f['referring_phone'], 'dash'), 2)}{g('Fax', P(f['referring_fax'], 'dash'), 3)}</tr>
<tr>{g('Practice / address', 'Bixby Knolls Family Medical Group, 4201 Long Beach Blvd, Long Beach CA 90807', 12)}</tr>
{x('REFER TO')}
<tr>{g('Specialty', 'Orthopedics', 2)}{g('Specialist', 'Olusegun Adebayo, MD', 3)}{g('NPI', spec_npi, 2)}{g('TIN', '95-3877120', 2)}{g('Contract', box(True) + 'IPA ' + box(False) + 'Plan ' + box(False) + 'LOA', 3)}</tr>
<tr>{g('Facility', 'Harbor Orthopaedic Group, 2865 Atlantic Ave Ste 210, Long Beach CA 90806', 7)}{g('Phone', P('5624260300', 'dash'), 2)}{g('Fax', P('5624260319', 'dash'), 3)}</tr>
{x('SERVICES')}
<tr>{g('Date of referral', D(f['referral_date'], 'mmddyy'), 2)}{g('Priority', box(True) + 'Routine ' + box(False) + 'Urgent ' + box(False) + 'Retro', 4)}{g('# visits req.', '2', 2)}{g('POS', '11', 1)}{g('Type', 'Consult + treat', 3)}</tr>
<tr>{g('ICD-10 #1', 'M17.11', 2)}{g('Description', 'Unilateral primary osteoarthritis, right knee', 4)}{g('CPT #1', '99203', 1)}{g('Description', 'New pt visit', 2)}{g('Units', '1', 1, 'c')}{g('Fee sched.', 'IPA-25', 2)}</tr>
<tr>{g('ICD-10 #2', 'M25.561', 2)}{g('Description', 'Pain in right knee', 4)}{g('CPT #2', '20610', 1)}{g('Description', 'Arthrocentesis/injection, major joint', 2)}{g('Units', '1', 1, 'c')}{g('Fee sched.', 'IPA-25', 2)}</tr>
<tr>{g('ICD-10 #3', '', 2)}{g('Description', '', 4)}{g('CPT #3', '73562', 1)}{g('Description', 'X-ray knee, 3 views', 2)}{g('Units', '1', 1, 'c')}{g('Fee sched.', 'IPA-25', 2)}</tr>
<tr>{g('Reason for referral / clinical findings', esc(f['reason']), 12)}</tr>
<tr>{g('Conservative tx tried', 'Naproxen 500 mg BID x 12 wks; HEP x 8 wks; BMI 33', 6)}{g('Imaging', 'XR R knee ' + D('2026-02-17', 'mmddyy') + ': medial joint space narrowing, osteophytes (KL 3)', 6)}</tr>
{x('IPA UTILIZATION MANAGEMENT USE ONLY')}
<tr>{g('Decision', box(True) + 'Approved ' + box(False) + 'Modified ' + box(False) + 'Denied ' + box(False) + 'Pended', 4)}{g('Visits auth.', '2', 1)}{g('Effective', D('2026-03-04', 'mmddyy'), 2)}{g('Expires', D('2026-06-02', 'mmddyy'), 2)}{g('UM reviewer', 'J. Salas, LVN', 3)}</tr>
<tr>{g('Medical director (if modified/denied)', '', 6)}{g('Decision date', D('2026-03-04', 'mmddyy'), 3)}{g('Member notified', box(True) + 'Mail ' + box(False) + 'Phone', 3)}</tr>
</table>
<div style="margin-top:6px; display:flex; gap:0.3in; font-size:7.5pt">
<div style="flex:2; border-top:1px solid #000">PCP signature <span style="font-family:Z003,cursive;font-size:13pt">&nbsp;K Watanabe</span></div>
<div style="flex:1; border-top:1px solid #000">Date {D(f['referral_date'], 'mmddyy')}</div></div>
<div class="ft"><span>HCIPA-REF-GRID v6 &middot; Authorization valid only if member is eligible on date of service</span><span>1 of 1</span></div>
</div></div>"""
    return dict(html=page("PB05", css, body), fields=f, pages=1,
                kind="ipa_one_page_dense_grid_condensed_type_health_plan_checkbox_row_member_vs_ipa_number_to_orthopedics",
                mode="fine", skew={1: -0.9},
                fax=dict(when="03/02/2026 13:26", name="BIXBY KNOLLS FMG", number=f["referring_fax"],
                         to="5624911770", fmt="h"))
