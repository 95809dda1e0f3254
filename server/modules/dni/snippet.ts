import type { TrackingTagRow } from '../../db/schema';

export type SnippetConfig = {
  api: string;
  tag: string;
  /** The default number's ten national digits, as written on the page. */
  number: string;
  format: string;
  selector: string | null;
  clickIds: string[];
  heartbeatMs: number;
};

/**
 * The visitor-side script, kept small and dependency-free. It must never break a page: every
 * step is guarded, and when the API is slow or down the page keeps its default number.
 * Written as ES2017 so it runs as-is in every browser still in use.
 */
const SNIPPET_BODY = `(function(w,d){try{
var C=__CONFIG__,K='ccp_dni_'+C.tag,N=C.number,num=null;
var src='(\\\\+?1[\\\\s.-]?)?\\\\(?'+N.slice(0,3)+'\\\\)?[\\\\s.-]?'+N.slice(3,6)+'[\\\\s.-]?'+N.slice(6)+'(?!\\\\d)',re=new RegExp(src);
function fmt(n){var x=n.replace(/\\D/g,'').slice(-10),i=0;return C.format.replace(/#/g,function(){return x.charAt(i++)})}
function cookie(){var m=d.cookie.match(new RegExp('(?:^|; )'+K+'=([^;]*)'));return m?decodeURIComponent(m[1]):null}
function swap(root){if(!num||!root)return;var roots=C.selector&&root.querySelectorAll?[].slice.call(root.querySelectorAll(C.selector)):[root];
if(C.selector&&root.matches&&root.matches(C.selector))roots.push(root);
roots.forEach(function(r){var t=d.createTreeWalker(r,4,null),n,list=[];while((n=t.nextNode()))if(re.test(n.nodeValue))list.push(n);
list.forEach(function(n){n.nodeValue=n.nodeValue.replace(new RegExp(src,'g'),fmt(num))});
var links=r.querySelectorAll?[].slice.call(r.querySelectorAll('a[href^="tel:"]')):[];if(r.tagName==='A')links.push(r);
links.forEach(function(a){var h=a.getAttribute('href')||'';if(h.replace(/\\D/g,'').slice(-10)===N)a.setAttribute('href','tel:'+num)})})}
function q(k){try{return new URLSearchParams(w.location.search).get(k)}catch(e){return null}}
function track(){var ids={};['gclid','gbraid','wbraid','fbclid','msclkid','ttclid'].concat(C.clickIds).forEach(function(k){var v=q(k);if(v)ids[k]=v});
var body={tagCode:C.tag,sessionId:cookie(),url:w.location.href,referrer:d.referrer||null,utmSource:q('utm_source'),utmMedium:q('utm_medium'),
utmCampaign:q('utm_campaign'),utmTerm:q('utm_term'),utmContent:q('utm_content'),clickIds:ids};
var ctl=w.AbortController?new AbortController():null;var timer=setTimeout(function(){ctl&&ctl.abort()},3000);
return fetch(C.api,{method:'POST',headers:{'Content-Type':'text/plain'},body:JSON.stringify(body),signal:ctl&&ctl.signal,keepalive:true})
.then(function(r){return r.ok?r.json():null}).then(function(r){clearTimeout(timer);if(!r||!r.phoneNumber)return;
d.cookie=K+'='+encodeURIComponent(r.sessionId)+'; path=/; max-age=2592000; SameSite=Lax';num=r.phoneNumber;swap(d.body)})
.catch(function(){clearTimeout(timer)})}
function start(){track();if(w.MutationObserver)new MutationObserver(function(ms){ms.forEach(function(m){[].forEach.call(m.addedNodes,function(n){swap(n.nodeType===3?n.parentNode:n)})})}).observe(d.body,{childList:true,subtree:true});
setInterval(function(){if(d.visibilityState!=='hidden')track()},C.heartbeatMs)}
if(d.readyState==='loading')d.addEventListener('DOMContentLoaded',start);else start()
}catch(e){}})(window,document);`;

export function snippetConfig(tag: TrackingTagRow, publicUrl: string): SnippetConfig {
  return {
    api: `${publicUrl}/api/dni/track`,
    tag: tag.code,
    number: tag.defaultNumber.replace(/\D/g, '').slice(-10),
    format: tag.numberFormat,
    selector: tag.selector,
    clickIds: tag.clickIdParams,
    heartbeatMs: 60_000,
  };
}

export function renderSnippet(config: SnippetConfig): string {
  // JSON inside a script: escape "<" so a value can never close the script element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return SNIPPET_BODY.replace('__CONFIG__', json);
}

export const snippetTag = (publicUrl: string, code: string) =>
  `<script src="${publicUrl}/dni/${code}.js" async></script>`;
