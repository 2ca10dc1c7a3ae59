/** URLs and GFM-only syntax in source text stay text (regression: autolinks lost their text). */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parsePolicy, plainText } from '../../../src/lib/pst/index.ts';

it('a paragraph with a URL keeps all its text, and ~~ is not strikethrough', () => {
  const md =
    '---\nid: t\ntitle: t\n---\n\n（一）管理平台（网址：http\\://zj.chinaafse.cn/）登录。\n\n技工院校毕业证书查询网址：http\\://www.mohrss.gov.cn”的内容。~~政治~~\n';
  const { tree } = parsePolicy(md);
  assert.equal(plainText(tree), '（一）管理平台（网址：http://zj.chinaafse.cn/）登录。\n技工院校毕业证书查询网址：http://www.mohrss.gov.cn”的内容。~~政治~~');
});
